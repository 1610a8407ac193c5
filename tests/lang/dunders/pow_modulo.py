# pow(): __pow__ with a third argument, __rpow__, __ipow__ and their errors.
class Num:
    def __init__(self, v):
        self.v = v

    def __pow__(self, exp, mod=None):
        return ('pow', self.v, exp, mod)

    def __rpow__(self, base, mod=None):
        return ('rpow', base, self.v, mod)


n = Num(3)
print(n ** 2, pow(n, 2), pow(n, 2, 5), pow(n, exp=4, mod=7))
print(2 ** n, pow(2, n))
try:
    print(pow(2, n, 5))
except TypeError as e:
    print(type(e).__name__, e)


class TwoArg:
    def __pow__(self, exp):
        return 'two-arg pow'


print(TwoArg() ** 1)
try:
    pow(TwoArg(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class Declines:
    def __pow__(self, exp, mod=None):
        return NotImplemented


try:
    Declines() ** 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(Declines(), 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(1, 2, Declines())
except TypeError as e:
    print(type(e).__name__, e)


class IPow:
    def __init__(self):
        self.log = []

    def __ipow__(self, other):
        self.log.append(other)
        return self


ip = IPow()
ip **= 2
ip **= 3
print(ip.log)
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 3))

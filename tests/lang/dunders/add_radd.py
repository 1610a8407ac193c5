# __add__ / __radd__ dispatch, NotImplemented and the TypeError message.
class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print('V.__add__', type(other).__name__)
        if isinstance(other, V):
            return V(self.n + other.n)
        if isinstance(other, int):
            return V(self.n + other)
        return NotImplemented

    def __radd__(self, other):
        print('V.__radd__', type(other).__name__)
        if isinstance(other, int):
            return V(other + self.n)
        return NotImplemented

    def __repr__(self):
        return f'V({self.n})'


print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(sum([V(1), V(2), V(3)]))
try:
    V(1) + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' + V(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.5 + V(1)
except TypeError as e:
    print(type(e).__name__, e)


class OnlyRadd:
    def __radd__(self, other):
        return 'radd with ' + repr(other)


print(1 + OnlyRadd(), [1] + OnlyRadd(), 'a' + OnlyRadd())
try:
    OnlyRadd() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyRadd() + OnlyRadd()
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


try:
    Plain() + Plain()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain() + 1
except TypeError as e:
    print(type(e).__name__, e)
print(V(2).__add__('s'), V(2).__radd__(3))

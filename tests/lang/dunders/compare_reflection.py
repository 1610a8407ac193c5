# Reflected comparisons: a < b tries b > a; subclass-first; NotImplemented.
class L:
    def __init__(self, name):
        self.name = name

    def __lt__(self, o):
        print(f'{self.name}.__lt__')
        return NotImplemented

    def __gt__(self, o):
        print(f'{self.name}.__gt__')
        return NotImplemented

    def __eq__(self, o):
        print(f'{self.name}.__eq__')
        return NotImplemented

    def __le__(self, o):
        print(f'{self.name}.__le__')
        return NotImplemented

    def __ge__(self, o):
        print(f'{self.name}.__ge__')
        return 'ge result'


a, b = L('a'), L('b')
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a == b)
print(a != b)
print(a <= b)
print(a >= b)


class Base:
    def __lt__(self, o):
        return 'Base.__lt__'

    def __gt__(self, o):
        return 'Base.__gt__'


class Derived(Base):
    def __gt__(self, o):
        return 'Derived.__gt__'


print(Base() < Derived(), Derived() < Base(), Base() < Base())


class RightOnly:
    def __gt__(self, o):
        return f'RightOnly.__gt__({o!r})'

    def __eq__(self, o):
        return 'RightOnly.__eq__'


print(1 < RightOnly(), 'x' < RightOnly(), 1 == RightOnly(), RightOnly() == 1)
print(1 != RightOnly())
try:
    RightOnly() < 1
except TypeError as e:
    print(type(e).__name__, e)
for op, fn in [('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b),
               ('>', lambda a, b: a > b), ('>=', lambda a, b: a >= b)]:
    try:
        fn(object(), 1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)

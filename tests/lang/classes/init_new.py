# __new__ and __init__: order, arguments, return values.
class A:
    def __new__(cls, *args, **kwargs):
        print('new', cls.__name__, args, kwargs)
        self = super().__new__(cls)
        self.made_by_new = True
        return self

    def __init__(self, x, y=0):
        print('init', x, y)
        self.x = x
        self.y = y


a = A(1, y=2)
print(a.x, a.y, a.made_by_new)


class B(A):
    def __init__(self, x):
        print('B.init')
        super().__init__(x, 99)


b = B(5)
print(b.x, b.y, type(b).__name__)


class NoInit:
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj.v = v
        return obj


print(NoInit(7).v)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)


class Explicit:
    pass


o = Explicit.__new__(Explicit)
print(type(o).__name__, vars(o))
Explicit.__init__(o)
print(isinstance(o, Explicit))

try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)


class InitCalledTwice:
    def __init__(self):
        self.count = getattr(self, 'count', 0) + 1


ic = InitCalledTwice()
ic.__init__()
print(ic.count)

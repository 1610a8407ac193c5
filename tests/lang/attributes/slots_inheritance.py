# __slots__ across inheritance: slots accumulate, layout conflicts.
class A:
    __slots__ = ('a',)

class B(A):
    __slots__ = ('b',)

class C(B):
    __slots__ = ()

c = C()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, '__dict__'))
try:
    c.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(A.__slots__, B.__slots__, C.__slots__)
print('a' in vars(A), 'a' in vars(B), 'b' in vars(B))
print(B.a is A.a, type(B.b).__name__)

class Redefine(A):
    __slots__ = ('a',)

r = Redefine()
r.a = 'redefined'
print(r.a, Redefine.a.__get__(r))

class X:
    __slots__ = ('x',)

class Y:
    __slots__ = ('y',)

try:
    class XY(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class E1:
    __slots__ = ()

class E2:
    __slots__ = ()

class Both(E1, E2):
    __slots__ = ('v',)

bth = Both()
bth.v = 'ok'
print(bth.v, [k.__name__ for k in Both.__mro__])

class WithX(X, E1):
    pass

w = WithX()
w.x = 1
w.free = 2
print(w.x, vars(w))

class Sub(B):
    def __init__(self):
        self.a = 'A slot'
        self.b = 'B slot'

    def total(self):
        return self.a + ' / ' + self.b

print(Sub().total())

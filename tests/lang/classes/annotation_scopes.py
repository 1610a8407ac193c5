# Annotation semantics: where they are evaluated, where they are stored.
import sys
x: int = 1
y: "later"
print(__annotations__)


class A:
    a: int
    b: list[int] = []
    if True:
        c: str = 'c'
    for _ in range(1):
        d: float


class B(A):
    pass


class C(A):
    e: bytes


print(A.__annotations__)
print(B.__annotations__, C.__annotations__)
print('a' in A.__dict__, 'b' in A.__dict__)
print(A().__annotations__ is A.__annotations__)


def f(a: int, b: 'str' = 'x', *args: tuple, k: float = 1.0, **kw: dict) -> None:
    local: undefined_name_never_evaluated = 5
    other: also_undefined
    return local


print(f.__annotations__)
print(f(1))


def g():
    pass


print(g.__annotations__)
g.__annotations__ = {'z': 1}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print((lambda q: q).__annotations__)


class Obj:
    pass


o = Obj()
o.attr: int = 3
print(o.attr)
lst = [0]
lst[0]: int = 9
print(lst)
evaluated = []


def mark(v):
    evaluated.append(v)
    return v


class D:
    (p): mark('paren') = 1
    q: mark('simple')
    Obj.z: mark('attr')


print(evaluated, D.__annotations__)


def h():
    z: mark('never') = 2
    Obj.w: mark('never2')
    return z


print(h(), evaluated)


class E:
    __private: int = 0
    def m(self, __x: int): pass


print(E.__annotations__, E.m.__annotations__)
print(sys.modules[__name__].__annotations__ is __annotations__)
print(int.__dict__.get('__annotations__'))
try:
    print(int.__annotations__)
except AttributeError as e:
    print(type(e).__name__, e)

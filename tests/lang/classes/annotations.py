# Annotations in class bodies: __annotations__, unassigned annotated names.
class A:
    x: int
    y: str = 'hello'
    z: 'forward' = 3
    (w): float = 1.5

    def m(self, a: int) -> str:
        v: int = 5
        return str(a + v)


print(A.__annotations__)
print(A.y, A.z, A.w, hasattr(A, 'x'))
print(A().m(1), A.m.__annotations__)
try:
    A.x
except AttributeError as e:
    print(type(e).__name__, e)


class B(A):
    q: list


print(B.__annotations__, '__annotations__' in vars(B))


class NoAnn:
    pass


print('__annotations__' in vars(NoAnn))


class Dyn:
    for name in ['a', 'b']:
        pass
    items: dict = {}
    items['k'] = 1


print(Dyn.__annotations__, Dyn.items)


class Point:
    x: int = 0
    y: int = 0

    def __init__(self, **kw):
        for name in type(self).__annotations__:
            setattr(self, name, kw.get(name, getattr(type(self), name)))

    def __repr__(self):
        fields = ', '.join(f'{n}={getattr(self, n)!r}' for n in type(self).__annotations__)
        return f'{type(self).__name__}({fields})'


print(Point(), Point(x=2), Point(y=-1, x=4))

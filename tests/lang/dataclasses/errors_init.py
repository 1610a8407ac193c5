from dataclasses import dataclass, field, KW_ONLY


@dataclass
class A:
    x: int
    y: int = 2
    _: KW_ONLY
    z: int = 3
    w: int = field(default=4, kw_only=True)


@dataclass
class B:
    a: int
    b: int
    c: int = field(kw_only=True)
    d: int = field(kw_only=True)


@dataclass
class C:
    pass


@dataclass
class D:
    a: int = 1


@dataclass
class E:
    a: int
    b: int
    c: int
    d: int


calls = [
    (A, (), {}), (A, (1, 2, 3), {}), (A, (1,), {'x': 1}), (A, (1,), {'q': 1}),
    (A, (1,), {'q': 1, 'r': 2}), (A, (), {'y': 1}), (A, (1, 2, 3, 4), {}),
    (A, (1, 2, 3), {'q': 1}),
    (B, (), {}), (B, (1,), {}), (B, (1, 2), {}), (B, (1, 2), {'c': 1}),
    (B, (1, 2, 3), {}), (B, (1, 2, 3), {'c': 1, 'd': 1}), (B, (1, 2, 3), {'c': 1}),
    (C, (1,), {}), (C, (1, 2), {}), (C, (), {'a': 1}),
    (D, (1, 2), {}), (D, (1,), {'a': 2}), (D, (), {'self': 2}),
    (E, (), {}), (E, (1,), {}), (E, (1,), {'c': 3}),
]
for cls, args, kw in calls:
    try:
        obj = cls(*args, **kw)
        print('ok', obj)
    except TypeError as e:
        print(e)

print(A(1, z=9), A(x=1, y=2, z=3, w=5), B(1, 2, d=4, c=3))
try:
    A.__init__()
except TypeError as e:
    print(e)
a = A(1)
A.__init__(a, 7, 8, z=1, w=2)
print(a)

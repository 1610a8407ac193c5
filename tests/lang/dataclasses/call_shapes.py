# Every class shape below is called with many argument shapes; each call's
# result (or TypeError) must match CPython's generated __init__.
from dataclasses import dataclass, field, KW_ONLY, InitVar


@dataclass
class Req3:
    a: int
    b: int
    c: int


@dataclass
class Mixed:
    a: int
    b: int = 2
    c: int = 3


@dataclass
class AllDefault:
    a: int = 1
    b: int = 2


@dataclass
class WithFactory:
    a: int
    b: list = field(default_factory=list)


@dataclass
class WithPost:
    a: int
    b: int = 5
    c: int = field(init=False, default=0)

    def __post_init__(self):
        self.c = self.a + self.b


@dataclass
class WithIV:
    a: int
    k: InitVar[int] = 10

    def __post_init__(self, k):
        self.a += k


@dataclass
class Kw:
    a: int
    _: KW_ONLY
    b: int
    c: int = 0


@dataclass(frozen=True)
class Frozen2:
    a: int
    b: int = 0


@dataclass
class NoInitField:
    a: int
    n: list = field(init=False, default_factory=lambda: ['made'])


@dataclass
class Nine:
    a: int
    b: int
    c: int
    d: int
    e: int
    f: int
    g: int
    h: int
    i: int = 9


shapes = [
    ((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}),
    ((), {'a': 1}), ((), {'a': 1, 'b': 2}), ((), {'a': 1, 'b': 2, 'c': 3}),
    ((1,), {'b': 2}), ((1,), {'c': 3}), ((1,), {'a': 1}), ((1, 2), {'b': 3}),
    ((1,), {'zz': 1}), ((), {'b': 2}), ((), {'c': 3, 'a': 1}),
    ((1, 2, 3), {'a': 0}), ((1, 2, 3, 4, 5), {'b': 1}), ((), {'k': 1, 'a': 1}),
    ((1, 2), {'k': 3}), ((1,), {'self': 1}), ((1, 2, 3, 4, 5, 6, 7, 8), {}),
    ((1, 2, 3, 4, 5, 6, 7, 8, 9), {}), ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), {}),
    ((1, 2, 3, 4, 5, 6, 7), {'h': 8}), ((1, 2, 3, 4, 5, 6, 7), {'i': 8}),
]
for cls in (Req3, Mixed, AllDefault, WithFactory, WithPost, WithIV, Kw, Frozen2, NoInitField, Nine):
    print('--', cls.__name__)
    for args, kw in shapes:
        try:
            print(args, kw, '->', cls(*args, **kw))
        except TypeError as e:
            print(args, kw, '->', 'TypeError:', e)

a = Mixed(1)
Mixed.__init__(a, 7, c=9)
print(a)
try:
    Mixed.__init__()
except TypeError as e:
    print('TypeError:', e)
Mixed.__init__(self=a, a=0)
print(a)
w1, w2 = WithFactory(1), WithFactory(2)
w1.b.append('x')
print(w1, w2, w1.b is w2.b)

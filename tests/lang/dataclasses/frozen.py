from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


p = P(1, 2)
print(p, hash(p) == hash(P(1, 2)), hash(p) == hash((1, 2)))
try:
    p.x = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print({p: 'a'}[P(1, 2)])
print(len({P(1, 2), P(1, 2), P(2, 1)}))


@dataclass(frozen=True)
class Q(P):
    z: int = 3


q = Q(1, 2, 3)
print(q)
try:
    q.z = 4
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

try:
    @dataclass
    class R(P):
        w: int = 0
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Mut:
    a: int = 0


try:
    @dataclass(frozen=True)
    class F(Mut):
        b: int = 0
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True)
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)


print(WithPost(4))

try:
    @dataclass(frozen=True)
    class Over:
        a: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print('TypeError:', e)


class Plain:
    pass


@dataclass(frozen=True)
class Sub(P):
    pass


s = Sub(1)
print(s)
try:
    s.other = 1
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

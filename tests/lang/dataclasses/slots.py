from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class P:
    x: int
    y: int = 0


p = P(1)
print(p, P.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError')
p.y = 5
print(p, P.__qualname__, P.__name__, P.__init__.__qualname__)


@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = 'b'


f = F(1)
print(f, hash(f) == hash((1, 'b')))
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(f.__getstate__())
import copy
print(copy.copy(f), copy.deepcopy(f))


@dataclass(slots=True)
class Child(P):
    z: int = 2


print(Child(1, 2, 3), Child.__slots__)


@dataclass(slots=True)
class WithFactory:
    items: list = field(default_factory=list)


w = WithFactory()
w.items.append(1)
print(w, WithFactory())
try:
    @dataclass(weakref_slot=True)
    class Nope:
        x: int
except TypeError as e:
    print('TypeError:', e)

from dataclasses import dataclass, field, fields


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)


@dataclass
class Loop:
    me: object = None


l = Loop()
l.me = l
print(l)
l2 = Loop([Loop()])
l2.me.append(l2)
print(l2)


class Outer:
    @dataclass
    class Inner:
        x: int


print(Outer.Inner(1), Outer.Inner.__qualname__)


@dataclass
class Meta:
    x: int = field(default=0, metadata={'unit': 'cm', 'help': 'x pos'})
    y: int = 0


fx, fy = fields(Meta)
print(fx.metadata['unit'], len(fx.metadata), dict(fx.metadata), len(fy.metadata))
try:
    fx.metadata['unit'] = 'm'
except TypeError as e:
    print('TypeError')


@dataclass
class Strs:
    s: str
    f: float
    n: None = None


print(Strs('a\'b"', 1.5), repr(Strs("x", 2.0)))
print(str(Strs('q', 0.1)))


@dataclass
class Selfish:
    self: int
    other: int = 1


print(Selfish(1), Selfish(self=5, other=6))


@dataclass
class Matchable:
    a: int
    b: str


m = Matchable(1, 'x')
print(Matchable.__match_args__, [getattr(m, n) for n in Matchable.__match_args__])


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))

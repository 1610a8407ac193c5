from collections import namedtuple, OrderedDict
from dataclasses import dataclass, field, asdict, astuple

Pair = namedtuple('Pair', 'left right')


@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    pair: Pair
    mapping: dict
    tup: tuple = ()


o = Outer('o', Inner(1, ['a']), [Inner(2), 3], Pair(Inner(3), 4), {'k': Inner(4)}, (Inner(5),))
d = asdict(o)
print(d)
print(type(d['pair']).__name__, d['pair'].left)
t = astuple(o)
print(t)
print(asdict(o, dict_factory=OrderedDict)['inner'])
print(astuple(Inner(1, [2]), tuple_factory=list))
d['inner']['tags'].append('changed')
print(o.inner.tags)
for fn in (asdict, astuple):
    for bad in (Inner, 3, [Inner(1)]):
        try:
            fn(bad)
        except TypeError as e:
            print('TypeError:', e)


def pairs(items):
    return {k: v for k, v in items if v is not None}


@dataclass
class Sparse:
    a: int = None
    b: int = 2


print(asdict(Sparse(), dict_factory=pairs))

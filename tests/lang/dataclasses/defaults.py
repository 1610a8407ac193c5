from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    tags: list = field(default_factory=list)
    options: dict = field(default_factory=dict)
    level: int = 1


a = Config('a')
b = Config('b')
a.tags.append('x')
print(a, b)
print(a.tags is b.tags)
print(Config('c', ['t'], level=5))
print(Config.level)
print(hasattr(Config, 'tags'))
print(Config.__doc__)

counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


@dataclass
class Item:
    ident: int = field(default_factory=next_id, init=False)
    label: str = 'item'


print(Item(), Item('x'), Item())

for bad in ('list', 'dict', 'set'):
    try:
        if bad == 'list':
            @dataclass
            class Bad:
                x: list = []
        elif bad == 'dict':
            @dataclass
            class Bad:
                y: dict = {}
        else:
            @dataclass
            class Bad:
                z: set = set()
    except ValueError as e:
        print('ValueError:', e)

try:
    @dataclass
    class Order:
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError:', e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)

try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e:
    print('TypeError:', e)


@dataclass(init=False)
class OrderOk:
    x: int = 1
    y: int


print(OrderOk.x, OrderOk.__init__ is object.__init__)


@dataclass
class T:
    t: tuple = (1, 2)
    f: frozenset = frozenset()


print(T(), T().t is T().t)

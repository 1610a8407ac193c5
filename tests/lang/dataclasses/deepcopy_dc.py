import copy
from dataclasses import dataclass, field


@dataclass
class A:
    string: str
    lst: list
    boolean: bool


a = A('hello', [1, 2, 3], True)
b = copy.deepcopy(a)
print(b, b == a, b is a, b.lst is a.lst)
c = copy.copy(a)
print(c, c.lst is a.lst)


@dataclass(frozen=True)
class F:
    items: tuple
    d: dict = field(default_factory=dict)


f = F((1, [2]), {'k': [3]})
g = copy.deepcopy(f)
print(g, g == f, g.d is f.d, g.items[1] is f.items[1])

total = 0
for s in ['red', 'blue', 'green']:
    a.string = s
    for kk in range(5):
        a.lst[0] = kk
        for flag in [True, False]:
            a.boolean = flag
            x = copy.deepcopy(a)
            total += x.lst[0] + x.boolean + len(x.string)
print(total)

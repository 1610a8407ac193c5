import collections
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap

for cls in (deque, defaultdict, OrderedDict, Counter, ChainMap):
    print(cls, cls.__name__, cls.__module__)
print(type(iter(deque())), type(reversed(deque())))
print(sorted(n for n in collections.__all__ if n != 'UserString'))
P = namedtuple('P', 'a b')
print(deque([deque([1]), P(1, [2]), Counter('aa')], 4))
print(OrderedDict([('k', deque([1]))]))
print(defaultdict(list, {'x': OrderedDict(a=1)}))
print(Counter({'x': 2, 'y': 2, 'z': 3, 'w': 2}))
print(Counter('bbaacc'), Counter('cab'))
print(ChainMap({'a': deque()}, OrderedDict()))
print(str(deque([1])), f'{deque("ab")!r}', '%s' % (deque([]),))
print([deque([i]) for i in range(3)])
nested = {'d': deque([{'k': (1, 2)}])}
print(nested)

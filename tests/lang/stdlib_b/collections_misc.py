from collections import OrderedDict, defaultdict, Counter, namedtuple, deque
import copy, struct
od = OrderedDict(a=1, b=2)
print(list(reversed(od.keys())), list(reversed(od.items())), od.keys() == {'a', 'b'})
print(struct.calcsize('ce'), struct.calcsize('@?q'), struct.calcsize('=?q'))
class S:
    __slots__ = ('a', '__dict__')
s = S(); s.a = 1; s.b = 2
t = copy.deepcopy(s)
print(t.a, t.b)
dd = defaultdict(list)
dd[1]
print(dd, len(dd), dd.get(2), 2 in dd)
c = Counter(a=2)
c.update(['a'])
print(c, c.most_common(1)[0])
P = namedtuple('P', 'x y')
print(P(1, 2)._asdict(), P._make(range(2)), P.__name__, P(1,2) == P(1,2), P(1,2) != (1,3))
d = deque([1, 2, 3])
print(d.index(2), d.index(3, 1), d.index(1, -3))
print(list(d)[::-1], d.count(4))
a, *b = deque([1, 2, 3])
print(a, b)
print(*deque('xyz'))
print(dict(zip(deque('ab'), deque([1, 2]))))
print(sorted(Counter('zyzx').items()), Counter('ab') == Counter('ba'))
print(max(deque([3, 9, 1])), 9 in deque([3, 9]), deque([1]) * 3 == deque([1, 1, 1]))
print(namedtuple('A', 'x')(x=[1]) , copy.copy(OrderedDict(q=1)))
from collections import defaultdict, OrderedDict, Counter, deque
d = defaultdict(list); d['self'] = d; print(d)
o = OrderedDict(); o['me'] = o; print(o)
q = deque(); q.append([q]); print(q)

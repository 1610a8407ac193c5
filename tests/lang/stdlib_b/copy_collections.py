import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
from array import array

P = namedtuple('P', 'x items')
p = P(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, type(p3).__name__, p2.items is p.items, p3.items is p.items)
c = Counter('hello')
c2 = copy.deepcopy(c)
c2['z'] = 5
print(type(c2).__name__, c, c2)
od = OrderedDict([('b', [1]), ('a', [2])])
od2 = copy.deepcopy(od)
od2['b'].append(3)
print(type(od2).__name__, od, od2)
dd = defaultdict(list, {'k': [1]})
dd2 = copy.deepcopy(dd)
dd2['k'].append(2)
dd2['new'].append(0)
print(dd, dd2, dd2.default_factory)
dq = deque([[1], [2]], maxlen=4)
dq2 = copy.deepcopy(dq)
dq2[0].append(9)
print(dq, dq2, dq2.maxlen)
ar = array('i', [1, 2])
ar2 = copy.copy(ar)
ar2.append(3)
print(ar, ar2)
state = {'queue': deque([P(1, [])]), 'counts': Counter(a=1)}
snap = copy.deepcopy(state)
snap['queue'][0].items.append('x')
print(state, snap)

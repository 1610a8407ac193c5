from collections import defaultdict
import copy

tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']), type(t['a']).__name__)
d = defaultdict(set)
d['x'].add(1)
d['x'].add(2)
d['y'].add(3)
print(sorted((k, sorted(v)) for k, v in d.items()))
e = d.copy()
print(type(e).__name__, e.default_factory is d.default_factory, e == d)
f = copy.copy(d)
print(type(f).__name__, f.default_factory)
g = copy.deepcopy(d)
g['x'].add(9)
print(sorted(d['x']), sorted(g['x']))
d.default_factory = list
print(d['new'])
h = defaultdict(int, {'a': 1}) | {'b': 2}
print(h, type(h).__name__)

class Named(defaultdict):
    pass

print(Named(int, {'k': 1}))
counts = defaultdict(lambda: 'default')
print(counts['x'], dict(counts))

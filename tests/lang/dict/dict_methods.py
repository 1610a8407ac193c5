# Every dict method.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 'dflt'))
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'absent'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(d.popitem(), d)
d.update({'x': 10}); d.update([('y', 20)]); d.update(z=30); d.update({'a': 'new'}, w=0)
print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
e = {1: 'x', 2: 'y', 3: 'z'}
while e:
    print(e.popitem(), end=' ')
print()
print(d.keys(), d.values(), d.items())
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)

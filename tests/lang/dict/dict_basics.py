# dict creation, insertion order, access, in, del, len.
d = {'b': 2, 'a': 1}
d['c'] = 3
d['b'] = 20
print(d, len(d), list(d), 'a' in d, 'z' in d, 1 in d)
del d['a']
d['a'] = 'readded'
print(d)
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'a': 1}, b=2), dict(zip('ab', [1, 2])))
print({}, {1: 'one', 2: 'two'}, {(1, 2): 'tuple', None: 'none', 1.5: 'float', True: 'bool'})
nested = {'outer': {'inner': [1, 2]}}
nested['outer']['inner'].append(3)
nested['outer']['new'] = {}
print(nested)
print(d == {'b': 20, 'c': 3, 'a': 'readded'}, {'x': 1} == {'x': 1.0}, {1: 2} != {1: 3})
print(list({k: None for k in [3, 1, 2, 1]}))
try:
    {}['x']
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print('KeyError:', e)
try:
    {}[()]
except KeyError as e:
    print('KeyError:', e)
try:
    {}[[1]]
except TypeError as e:
    print('TypeError:', e)
try:
    d < d
except TypeError as e:
    print('TypeError:', e)

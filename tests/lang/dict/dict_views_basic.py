# keys/values/items views: len, membership, iteration, repr, liveness.
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(len(k), len(v), len(i), 'a' in k, 'z' in k, 1 in v, 3 in v)
print(('a', 1) in i, ('a', 2) in i, ('z', 1) in i, 'a' in i, ('a',) in i, ('a', 1, 2) in i)
d['c'] = 3
del d['a']
print(k, v, i, len(k))
print([*k], [*v], [*i])
print([x for x in reversed(k)], [x for x in reversed(v)], [x for x in reversed(i)])
print(bool({}.keys()), bool(k), bool({}.items()), bool({}.values()))
print(repr({}.keys()), repr({}.values()), repr({}.items()))
nested = {1: {2: 3}}
print(nested.items(), nested.values())
print({(1, 2): None}.keys(), {'q': 'it\'s'}.items())
for key, val in d.items():
    print(key, '->', val)
try:
    [] in k
except TypeError as e:
    print('TypeError:', e)
try:
    ([], 1) in i
except TypeError as e:
    print('TypeError:', e)
print([] in v, {} in {1: {}}.values())
try:
    {}.keys()[0]
except TypeError as e:
    print('TypeError:', e)
e = {1: 'x'}
ks = e.keys()
e.clear()
print(ks, len(ks), 1 in ks)

# Iterating while mutating: size changes are errors (and stay errors).
d = {1: 'a', 2: 'b'}
it = d.__iter__()
print(it.__next__())
d[3] = 'c'
for _ in range(2):
    try:
        it.__next__()
    except RuntimeError as e:
        print('RuntimeError:', e)
del d[3]
try:
    it.__next__()
except RuntimeError as e:
    print('still:', e)
e = {1: 'a', 2: 'b'}
it = e.__iter__()
it.__next__()
del e[2]
e[5] = 'e'
print(it.__next__())
try:
    it.__next__()
except StopIteration:
    print('stop')
f = {i: i for i in range(5)}
for k in f:
    f[k] = k * 10
print(f)
for name, view in [('keys', f.keys()), ('values', f.values()), ('items', f.items())]:
    try:
        for x in view:
            f[100] = 0
    except RuntimeError as err:
        print(name, 'RuntimeError:', err)
    del f[100]
try:
    for x in reversed(f):
        del f[x]
except RuntimeError as err:
    print('reversed RuntimeError:', err, f)
g = {1: 1, 2: 2, 3: 3}
it = g.__iter__()
print(it.__length_hint__())
it.__next__()
print(it.__length_hint__())
g[4] = 4
print(it.__length_hint__())
it2 = g.items().__iter__()
print([*it2], it2.__length_hint__())
h = {'a': 1}
it = h.values().__iter__()
h['a'] = 2
print(it.__next__())
try:
    it.__next__()
except StopIteration:
    print('exhausted')
print(type({}.__iter__()).__name__, type({}.values().__iter__()).__name__, type({}.items().__iter__()).__name__)

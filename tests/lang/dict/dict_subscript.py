# d[k], d[k] = v, del d[k], and the KeyError / TypeError they raise.
d = {}
d['x'] = 1
d[2] = 'two'
d[(3, 4)] = 'tuple'
d[None] = 'none'
d[frozenset([1])] = 'frozen'
print(d, d['x'], d[2], d[3, 4], d[None], d[frozenset([1])])
d['x'] = 'replaced'
print(d, len(d))
del d[2]
print(d, 2 in d)
for key in ['missing', 0, 1.5, (1,), (), (1, (2, 3)), None, False, b'', frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print('KeyError', repr(e), e)
try:
    del d['missing']
except KeyError as e:
    print('del KeyError', e)
for bad in [[], {}, {1}, {1: 2}.keys()]:
    try:
        d[bad]
    except TypeError as e:
        print('get TypeError', e)
    try:
        d[bad] = 1
    except TypeError as e:
        print('set TypeError', e)
    try:
        del d[bad]
    except TypeError as e:
        print('del TypeError', e)
    try:
        bad in d
    except TypeError as e:
        print('in TypeError', e)
e = {1: 'a'}
e[1] += 'b'
e[1] += 'c'
print(e)
f = {'n': 0}
for _ in range(5):
    f['n'] += 1
print(f)
g = {}
g[1], g[2] = 'x', 'y'
print(g)
del g[1], g[2]
print(g)

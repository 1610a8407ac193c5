# Equal keys of different types share one entry; the first key is kept.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d), d[1], d[1.0], d[True])
e = {True: 'a'}
e[1] = 'b'
print(e, {1.0: 0, 1: 1}, {0: 'z', False: 'f', 0.0: 'zf', -0.0: 'nz'})
print({2 ** 53: 'int', 2.0 ** 53: 'float'}, {10 ** 30: 'big'}[10 ** 30])
print({(1, 2): 'a', (1.0, 2.0): 'b'}, {(True, 0): 'x', (1, False): 'y'})
print({frozenset([1, 2]): 'a', frozenset([2.0, 1.0]): 'b'})
print({1: 'x'}.get(1.0), {1.5: 'y'}.get(1.5), 1.0 in {1: 0}, 2.5 in {2: 0})
print({'a': 1} == {'a': 1.0}, {1: 'x'} == {1.0: 'x'}, {True: 1} == {1: True})
f = {1: 'first'}
del f[1.0]
print(f)
g = {-1: 'neg', -2: 'two'}
print(g[-1], g[-2], -1 in g)
h = {}
for k in [0, 0.0, False, -0.0, 1, True, 1.0]:
    h[k] = h.get(k, 0) + 1
print(h)
s = {1: 'a'}
s.update({1.0: 'b'})
s.setdefault(True, 'c')
print(s, dict.fromkeys([1, 1.0, True]))

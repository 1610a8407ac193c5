# Self-referencing dicts: repr, equality (RecursionError), views.
d = {}
d['self'] = d
print(d, d == d, d['self']['self'] is d)
d2 = {}
d2['self'] = d2
try:
    print(d == d2)
except RecursionError as e:
    print('RecursionError:', e)
e = {1: 'a'}
e[2] = e.keys()
e[3] = e.values()
print(e)
f = {1: {2: {3: {}}}}
g = {1: {2: {3: {}}}}
print(f == g, f != g)
deep1 = {}
deep2 = {}
for i in range(50):
    deep1 = {'k': deep1}
    deep2 = {'k': deep2}
print(deep1 == deep2)
n1 = frozenset([1])
n2 = frozenset([1])
for i in range(3000):
    n1 = frozenset([n1])
    n2 = frozenset([n2])
try:
    print(n1 == n2)
except RecursionError as e:
    print('RecursionError:', e)
m1 = frozenset([1])
m2 = frozenset([1])
for i in range(200):
    m1 = frozenset([m1, i])
    m2 = frozenset([i, m2])
print(m1 == m2, {m1: 'found'}.get(m2))

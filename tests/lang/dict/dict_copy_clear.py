# copy and clear: independence, order after deletions, shallow copies.
d = {i: {'v': i} for i in range(5)}
del d[1]
del d[3]
d[1] = ['readded']
c = d.copy()
print(c, c == d, c is d, type(c).__name__)
c[0]['shared'] = True
c[9] = 'only in copy'
print(d[0], 9 in d, 9 in c)
print(d.clear(), d, len(d), bool(d), c[4])
d[7] = 'after clear'
print(d, d.copy(), {}.copy())
e = {'a': 1}
f = e.copy()
e.clear()
print(e, f)
big = {i: i for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
cp = big.copy()
print(len(cp), [k for k, _ in zip(cp, range(6))], [k for k, _ in zip(reversed(cp), range(3))], cp == big)
try:
    d.copy(1)
except TypeError as err:
    print('TypeError:', err)
try:
    d.clear(1)
except TypeError as err:
    print('TypeError:', err)

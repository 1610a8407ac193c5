# difference, difference_update, - and -=, including the size-dependent paths.
a = set([1, 2, 3, 4])
print(a - set([2]), set([2]) - a, a.difference(), a.difference([1], (2,)), a - a)
print(a.difference({1: 0, 9: 0}), a.difference(range(3)), a.difference(x for x in [4]))
print(a - frozenset([3]), frozenset([3, 7]) - a, a.difference(set()), set() - a)
big = set(range(40))
print(big - set([5, 6]), big.difference([5, 6]))
print(set([1, 2]) - set(range(100)), set([1, 2]).difference(range(100)))
small = set([3, 500])
small -= set(range(50))
print(small)
c = set(range(16))
c.difference_update(range(0, 16, 2))
print(c)
c.difference_update(set([1]), [3], {5: 0})
print(c)
c.difference_update()
c -= c
print(c)
d = set(range(64))
d -= set(range(60))
print(d, len(d))
d.add(1)
d.add(65)
print(d)
e = set(range(10))
e2 = e
e2 -= set([0])
print(e2 is e, e)
f = set([1, 2.0])
print(f - set([2]), f.difference([1.0]))
for bad in [1, None]:
    try:
        a.difference(bad)
    except TypeError as err:
        print('TypeError:', err)
try:
    a.difference_update([[]])
except TypeError as err:
    print('TypeError:', err)
g = set([1, 2, 3])
try:
    g.difference_update([1], 2)
except TypeError as err:
    print('TypeError:', err, g)

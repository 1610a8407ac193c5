# symmetric_difference, symmetric_difference_update, ^ and ^=.
a = set([1, 2, 3])
b = set([3, 4])
print(a ^ b, b ^ a, a.symmetric_difference(b), a.symmetric_difference([3, 3, 9]))
print(a ^ a, a ^ set(), set() ^ a, a.symmetric_difference({1: 0, 7: 0}), a.symmetric_difference(range(5)))
print(a ^ frozenset([1]), frozenset([1]) ^ a, a.symmetric_difference(x for x in [2, 8]))
c = set(range(8))
c ^= set(range(4, 12))
print(c)
c.symmetric_difference_update([0, 0, 100])
print(c)
c.symmetric_difference_update({100: 'x', 200: 'y'})
print(c)
c.symmetric_difference_update(c)
print(c)
d = set([1])
d2 = d
d2 ^= set([1, 2])
print(d2 is d, d)
e = set([1, 2.0])
print(e ^ set([2, 3]), set([2, 3]) ^ e)
neg = set([-7, -8, 20])
print(neg ^ set([20, 40, -9]), set(range(-3, 3)) ^ set(range(0, 6)))
for bad in [1, None]:
    try:
        a.symmetric_difference(bad)
    except TypeError as err:
        print('TypeError:', err)
try:
    a.symmetric_difference()
except TypeError as err:
    print('TypeError:', err)
try:
    a.symmetric_difference_update([1], [2])
except TypeError as err:
    print('TypeError:', err)
try:
    a.symmetric_difference([[1]])
except TypeError as err:
    print('TypeError:', err)

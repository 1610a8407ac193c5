# union, update, | and |= with every kind of argument.
a = set([1, 2, 3])
print(a.union(), a.union([4]), a.union([4], (5,), range(6, 8), {8: 0}, set([9])))
print(a | set([3, 4]), set([3, 4]) | a, a | frozenset([0]), a | a, a | set())
print(a.union(x for x in [10, 11]), a.union('')  == a, a)
b = set([1])
b.update([2], (3,), range(4, 6))
print(b)
b.update({6: 'x', 7: 'y'})
print(b)
b.update(set([8]), frozenset([9]))
print(b)
b.update()
b.update([])
b.update(b)
print(b)
b |= set([100])
print(b)
c = b
c |= frozenset([200])
print(c is b, b)
print(set().union(set([5, 6])), frozenset().union([1]))
big = set(range(100))
print(len(big | set(range(50, 150))), len(big.union(range(200))))
try:
    a.union(1)
except TypeError as e:
    print('TypeError:', e)
try:
    a.update([1], 2)
except TypeError as e:
    print('TypeError:', e)
d = set([1])
try:
    d.update([2, 3], [[4]])
except TypeError as e:
    print('TypeError:', e, d)
neg = set([-1, -2, -3])
print(neg | set([16, 32, 64]), set([64, 32, 16]) | neg)

# intersection, intersection_update, & and &=.
a = set([1, 2, 3, 4])
b = set([3, 4, 5])
print(a & b, b & a, a.intersection(b), a.intersection([4, 4, 9]), a.intersection())
print(a.intersection(b, [4]), a.intersection(range(3), [2]), a & set(), set() & a)
print(a & a, a.intersection(a), a.intersection({3: 0, 1: 0}), a.intersection(x for x in [1, 9]))
s = set([1])
t = set([1.0, 2])
print(s & t, t & s, s.intersection(t), t.intersection(s), s.intersection([1.0]))
u = set([True, 5])
print(set([1]) & u, u & set([1]), u.intersection([1]))
c = set(range(10))
c &= set([2, 4, 100])
print(c)
c.intersection_update([4, 2, 7], (2,))
print(c)
c.intersection_update()
print(c)
d = set(range(20))
d.intersection_update(range(5, 50, 5))
print(d)
e = set([1, 2])
e2 = e
e2 &= frozenset([2, 3])
print(e2 is e, e)
for bad in [1, None]:
    try:
        a.intersection(bad)
    except TypeError as err:
        print('TypeError:', err)
try:
    a.intersection([[1]])
except TypeError as err:
    print('TypeError:', err)
f = set([1, 2, 3])
try:
    f.intersection_update([1], 5)
except TypeError as err:
    print('TypeError:', err, f)
print(set(range(100)) & set(range(90, 200)), set([-5, 5, 300]) & set([300, -5]))

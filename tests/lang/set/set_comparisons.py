# <= < >= > == != between sets and frozensets; subset methods with iterables.
a = set([1, 2])
b = set([1, 2, 3])
f = frozenset([1, 2])
print(a <= b, a < b, b >= a, b > a, a <= a, a < a, a >= a, a > a)
print(a == f, f == a, a != f, f <= b, f < b, b > f, f >= a, f > a)
print(set() <= a, set() < a, set() < set(), set() == frozenset(), a == b, a != b)
print(set([1, 3]) <= b, set([1, 4]) <= b, set([4]) < b, b >= set([3, 1]), b > set([4]))
print(a.issubset([1, 2, 5]), a.issubset([1]), a.issubset(b), a.issubset(range(3)))
print(b.issuperset([1, 1]), b.issuperset([4]), b.issuperset(a), b.issuperset(x for x in [3]))
print(a.isdisjoint([3, 4]), a.isdisjoint([2]), a.isdisjoint(set()), set().isdisjoint(set()))
print(a.isdisjoint(a), set().isdisjoint(a), a.isdisjoint(frozenset([7])), a.isdisjoint({2: 0}))
print(set([1]) == set([1.0]), set([1]) == set([True]), set([0]) == set([False]), set([(1, 2)]) == set([(1.0, 2)]))
print(a == [1, 2], a != [1, 2], a == {1: 0, 2: 0}, a == {1: 0, 2: 0}.keys(), {1: 0, 2: 0}.keys() == a)
for op, fn in [('<', lambda: a < [1]), ('<=', lambda: a <= (1,)), ('>', lambda: a > 3), ('>=', lambda: [1] >= a)]:
    try:
        fn()
    except TypeError as e:
        print(op, 'TypeError:', e)
for name, fn in [('issubset', lambda: a.issubset(3)), ('issuperset', lambda: a.issuperset(None)),
                 ('isdisjoint', lambda: a.isdisjoint(1)), ('issuperset unhashable', lambda: a.issuperset([[1]])),
                 ('isdisjoint unhashable', lambda: a.isdisjoint([[1]]))]:
    try:
        fn()
    except TypeError as e:
        print(name, 'TypeError:', e)
print(a.__le__(b), a.__lt__([1]), a.__eq__(3), f.__ge__(a), f.__ne__(a))

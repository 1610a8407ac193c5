# hash(frozenset) matches CPython; frozensets as keys and members.
for f in [frozenset(), frozenset([0]), frozenset([1, 2, 3]), frozenset([-1]), frozenset(range(100)),
          frozenset([(1, 2), 'x', b'y']), frozenset([frozenset([1]), frozenset()]), frozenset([2 ** 70, 1.5])]:
    print(f.__hash__())
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
c = frozenset([1.0, 2.0, 3.0])
print(a.__hash__() == b.__hash__(), a.__hash__() == c.__hash__(), a == c)
d = {a: 'first'}
d[b] = 'second'
d[c] = 'third'
print(d, len(d))
nested = frozenset([frozenset([1, 2]), frozenset([2, 1]), frozenset([3])])
print(len(nested), frozenset([2, 1]) in nested, frozenset([1]) in nested)
members = set([frozenset([1]), frozenset([1.0]), frozenset([True])])
print(members, len(members))
print({frozenset([1, 2]): 'x'}.get(frozenset([2, 1])), {frozenset(): 0}[frozenset([])])
try:
    set([1]).__hash__()
except TypeError as e:
    print('TypeError:', e)
try:
    {set(): 1}
except TypeError as e:
    print('TypeError:', e)
print(set.__hash__ is None, frozenset.__hash__ is None)

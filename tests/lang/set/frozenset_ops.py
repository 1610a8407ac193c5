# frozenset: hashable, usable as dict keys and set members.
f = frozenset([1, 2, 3, 2])
print(f, len(f), 2 in f, repr(frozenset()), frozenset() == set())
print(hash(f) == hash(frozenset([3, 2, 1])), f == {1, 2, 3}, {1, 2, 3} == f)
d = {f: 'val', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested)
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5}, f.union([7]), f.copy() is f)
try:
    f.add(5)
except AttributeError as e:
    print('AttributeError:', e)
print(frozenset(range(3)) < frozenset(range(4)), frozenset('a') == frozenset(['a']))
print(sorted(frozenset({5, 3, 8})), type(frozenset({1}).copy()).__name__)

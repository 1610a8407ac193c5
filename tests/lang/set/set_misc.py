# Set equality, membership with equal-hash values, mutation during iteration.
s = {1, 2, 3}
print(1.0 in s, True in s, 2.0 in s, (1,) in {(1,)})
print({1, 2} == frozenset({1, 2}), {(1, 2), (1, 2)} == {(1, 2)})
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)
print(min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
print(len(set(range(1000)) & set(range(500, 1500))))
print(set([1, 2]) != set([1, 2, 3]), set().union() == set())
print(list(map(len, [set(), {1}, {1, 2}])), all(isinstance(v, set) for v in [set(), {1}]))
x = {1}
y = x
x |= {2}
print(y, x is y)
x = x | {3}
print(y, x is y)

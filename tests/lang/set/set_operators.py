# Set operators and their method equivalents.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (0,)), a.intersection(range(3), [2]), a.difference([1], [2]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} >= {1}, {1} > {1})
print({1, 2}.issubset([1, 2, 5]), {1, 2, 5}.issuperset([5]), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
print(set() <= a, set() < a, a > set(), a == a | set(), a & set())
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
try:
    a < [1]
except TypeError as e:
    print('TypeError:', e)
c = {1, 2}
c |= {3}; print(c)
c &= {2, 3, 4}; print(c)
c -= {2}; print(c)
c ^= {3, 7}; print(c)
print(frozenset({1, 2}) | {3}, {3} | frozenset({1, 2}), type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)

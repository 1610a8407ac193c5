from functools import cmp_to_key

def cmp(a, b):
    return (a > b) - (a < b)

def rev(a, b):
    return cmp(b, a)

print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)))
print(sorted([5, 2, 9, 1], key=cmp_to_key(rev)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
print(max([3, 7, 5], key=cmp_to_key(cmp)), min("hello", key=cmp_to_key(cmp)))
K = cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1.obj)
try:
    hash(k1)
except TypeError:
    print("TypeError")
pairs = [(1, "b"), (0, "z"), (1, "a")]
print(sorted(pairs, key=cmp_to_key(lambda p, q: p[0] - q[0])))

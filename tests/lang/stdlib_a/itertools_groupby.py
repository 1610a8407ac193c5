from itertools import groupby

print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
data = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(data, key=lambda s: s[0]):
    print(k, list(g))
print(list(groupby([])))
for k, g in groupby(sorted([5, 1, 4, 2, 8, 7], key=lambda x: x % 2), lambda x: x % 2):
    print(k, list(g))
# A group is invalid once the outer iterator moves on.
it = groupby("aabbcc")
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
# Partially consumed group.
it = groupby("xxxyyz")
k, g = next(it)
print(k, next(g))
k, g = next(it)
print(k, list(g))
print([(k, list(g)) for k, g in groupby([1.0, 1, True, 2, 2.0])])
try:
    groupby(5)
except TypeError as e:
    print("TypeError", e)

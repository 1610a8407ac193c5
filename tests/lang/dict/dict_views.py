# keys/values/items views are live and support set operations on keys.
d = {1: 'a', 2: 'b', 3: 'c'}
k, v, it = d.keys(), d.values(), d.items()
d[4] = 'd'
print(k, v, it, len(k), len(v), len(it))
print(2 in k, 'b' in v, (2, 'b') in it, (2, 'x') in it)
print(k & {2, 3, 9}, k | {10}, k - {1}, sorted(k ^ {1, 99}), sorted(k & [3, 4]))
print(it & {(1, 'a'), (9, 'z')})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k == {1, 2, 3, 4}, k == [1, 2, 3, 4], v == v, list(v) == list(v))
del d[1]
print(list(k), list(v), list(it))
print(k.isdisjoint({100}), k <= {2, 3, 4, 5}, k < {2, 3, 4})
for key, val in d.items():
    print(key, val, end=' | ')
print()
print(sorted(d.values()), max(d.keys()), sum(d))

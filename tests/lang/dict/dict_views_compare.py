# Comparisons of views with sets and other views; isdisjoint; hashing.
d = {1: 'a', 2: 'b'}
k, i, v = d.keys(), d.items(), d.values()
print(k == {1, 2}, k == {1}, k != {1, 2}, k == frozenset([2, 1]), {1, 2} == k)
print(k == [1, 2], k == (1, 2), k != [1, 2], k == {1: 'x', 2: 'y'}.keys())
print(k < {1, 2, 3}, k <= {1, 2}, k > {1}, k >= {1, 2}, k < {1, 2}, k > {1, 2})
print({1} < k, {1, 2, 3} > k, {1, 2} <= k, {0} < k)
print(i == {(1, 'a'), (2, 'b')}, i == {(1, 'a')}, i <= {(1, 'a'), (2, 'b'), (3, 'c')})
print(i == {1: 'a', 2: 'b'}.items(), i == {1: 'a', 2: 'X'}.items(), i != i)
print(v == v, v == d.values(), v != v, {}.values() == {}.values())
print(k.isdisjoint({3, 4}), k.isdisjoint([2]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(i.isdisjoint({(1, 'b')}), i.isdisjoint([(1, 'a')]), k.isdisjoint(range(5, 100)))
print(k.isdisjoint({1: 0}.keys()), k.isdisjoint(x for x in [9, 8]))
for bad in [[1], 3]:
    try:
        print(k < bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    k.isdisjoint(5)
except TypeError as e:
    print('TypeError:', e)
try:
    k.isdisjoint()
except TypeError as e:
    print('TypeError:', e)
for view in [k, i]:
    try:
        {view: 1}
    except TypeError as e:
        print('TypeError:', e)
print(len({v: 1}), v in {v: 1})
try:
    v < v
except TypeError as e:
    print('TypeError:', e)

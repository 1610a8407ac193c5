# sorted and reversed builtins.
print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted(range(3), reverse=True))
print(sorted(['B', 'a', 'C'], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
data = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([]), sorted(iter([2, 1])), sorted(x % 4 for x in range(8)))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([None, 1])
except TypeError:
    print('TypeError (message depends on comparison order)')
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({1: 'a', 2: 'b'})), list(reversed([])), ''.join(reversed('stressed')))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, 'end'))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    reversed(iter([1]))
except TypeError as e:
    print('TypeError:', e)

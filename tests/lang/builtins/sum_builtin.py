# sum with start values and mixed types.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10))
print(sum([1, 2.5]), sum([True, True, 3]), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([10 ** 20, 10 ** 20]), sum([-1, 1.0]), sum(x * x for x in range(4)), sum({1: 'a', 2: 'b'}))
print(sum([1, 2], start=100), sum([0.5, 0.25], 0.25), sum(iter([])), sum([], 7))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print('TypeError:', e)
try:
    sum(5)
except TypeError as e:
    print('TypeError:', e)
print(sum([1e100, 1, -1e100]), sum([float('inf'), 1]), sum([2 ** 64, 0.5]))

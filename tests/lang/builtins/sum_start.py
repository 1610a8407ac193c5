# sum(): start values, int/float/bool mixes (summed left to right as in 3.11).
print(sum([]), sum([], 5), sum([], start=5), sum([1, 2, 3]), sum([1, 2, 3], 10), sum((1, 2), start=-3))
print(sum([0.1] * 10), sum([0.1] * 10, 0.0), sum([1e100, 1.0, -1e100]), sum([0.5, 1, True]))
print(sum([1, 2.5, 3]), sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([2 ** 70, 1.5]), sum([1.5, 2 ** 70]))
print(sum([True, True, True]), type(sum([True, False])).__name__, sum([], True), sum([False], False))
print(sum(range(10 ** 4)), sum(x * x for x in range(10)), sum({1: 'a', 2: 'b'}), sum({3, 4}))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([[]], []))
print(sum([1, 2], 0.5), sum([-1, 1.0]), sum([2 ** 47, 2 ** 47]), sum([-(2 ** 47), -1]))
print(sum([float('inf'), 1]), sum([float('inf'), float('-inf')]), sum([1e308, 1e308]))
for args, kwargs in [((['a', 'b'], ''), {}), ((['a'],), {}), (([b'a'], b''), {}), (([1, 'a'],), {}),
                     (([1.5, 'a'],), {}), ((5,), {}), (([1], None), {}), (([None],), {}),
                     (([1.5, 2 ** 2000],), {}), (([], 'x'), {}), (([],), {'start': ''})]:
    try:
        print(sum(*args, **kwargs))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    sum()
except TypeError as e:
    print('TypeError:', e)
try:
    sum([], 0, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    sum(iterable=[])
except TypeError as e:
    print('TypeError:', e)
try:
    sum([], iterable=[])
except TypeError as e:
    print('TypeError:', e)
try:
    sum([], begin=1)
except TypeError as e:
    print('TypeError:', e)
try:
    sum([], 1, start=2)
except TypeError as e:
    print('TypeError:', e)

# map with multiple iterables, filter with None and functions.
print(list(map(str, [1, 2, 3])), list(map(lambda x: x * 2, 'ab')))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(len, [])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, 0.0, 2])))
print(list(filter(lambda x: x > 2, range(6))), list(filter(str.isdigit, 'a1b2c3')))
f = filter(None, [])
print(type(f).__name__, list(f))
print(''.join(map(chr, range(97, 102))), sum(map(int, '12345')))
print(list(map(int, ['1', '-2', ' 3 '])))
try:
    list(map(int, ['1', 'x']))
except ValueError as e:
    print('ValueError:', e)
try:
    map(None, [1])
    list(map(None, [1]))
except TypeError as e:
    print('TypeError:', e)

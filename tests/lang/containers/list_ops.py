# List operators: +, *, in, comparison, nested lists.
a = [1, 2]
b = [3]
print(a + b, a * 3, 3 * b, a * 0, a * -2, [] * 5, [[]] * 3)
m = [[0] * 2] * 2
m[0][0] = 'shared'
print(m)
print(2 in a, 5 in a, [1, 2] in [[1, 2]], 'x' not in a)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2])
print([1, [2, 3]] < [1, [2, 4]], [1, 'a'] == [1, 'a'], [[]] != [[], []])
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError:', e)
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError:', e)
print(list(range(5)), list('abc'), list((1, 2)), list({1: 'a', 2: 'b'}), list())
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested), len(nested[1]))
copy = [row[:] for row in nested]
copy[0][0] = 'x'
print(nested, copy)
print(max([3, 1, 2]), min([[2], [1, 5]]), sum([[1], [2]], []), len([None] * 7))
print(a.__len__(), a.__contains__(2), a.__getitem__(-1))

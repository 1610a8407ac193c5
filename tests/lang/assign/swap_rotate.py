# Swaps and rotations through tuple assignment.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
lst[1], lst[2] = lst[2], lst[1]
print(lst)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
i, j = 0, 1
arr = ['a', 'b', 'c']
i, arr[i] = 2, 'Z'
print(i, arr)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
d = {'a': 1, 'b': 2}
d['a'], d['b'] = d['b'], d['a']
print(d)

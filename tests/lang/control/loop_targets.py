# Loop targets: unpacking, subscripts, modification during iteration.
pairs = [(1, 'a'), (2, 'b')]
for n, s in pairs:
    print(n, s)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
d = {}
for d['k'] in range(3):
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate('xyz'):
    pass
print(lst)
for i, (x, y) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, x + y)
nums = [1, 2, 3]
for n in nums:
    if n < 5:
        nums.append(n + 10)
print(nums)
for k, v in {'one': 1, 'two': 2}.items():
    print(k, v)
s = 0
for s in range(0):
    pass
print(s)
for _ in range(2):
    print('underscore loop')

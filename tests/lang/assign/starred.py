# Starred assignment targets.
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, b = 'hello'
print(a, b)
a, *b = range(1)
print(a, b)
*a, = (1, 2, 3)
print(a)
first, *middle, last = 'x'*3
print(first, middle, last)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
head, *tail = iter([9, 8, 7])
print(head, tail, type(tail).__name__)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
[a, *b] = {10: 'a'}
print(a, b)
print([*range(3), *'ab'], (*[1], *(2,)), {**{'a': 1}, 'b': 2})
print(*[1, 2], *[3])
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
try:
    a, *b, c = [1]
except ValueError as err:
    print('ValueError:', err)

# Nested unpacking and unpacking errors.
data = [('alice', (30, 'nyc')), ('bob', (25, 'sf'))]
for name, (age, city) in data:
    print(name, age, city)
((a, b), c), d = ((1, 2), 3), 4
print(a, b, c, d)
[(x, y), *rest] = [(1, 2), (3, 4), (5, 6)]
print(x, y, rest)
(a, (b, (c, (d,)))) = (1, (2, (3, (4,))))
print(a + b + c + d)
cases = [
    lambda: [1, 2, 3],
    lambda: [1],
    lambda: 5,
    lambda: 'abcd',
]
for mk in cases:
    try:
        p, q, r = mk()
        print('ok', p, q, r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print('ValueError:', e)
try:
    (a, b), c = [1], 2
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = 1
except TypeError as e:
    print('TypeError:', e)
try:
    a, *b, c, d = 'ab'
except ValueError as e:
    print('ValueError:', e)

# complex true division (CPython's algorithm) and its errors
cases = [(1 + 2j, 3 - 4j), (1, 1j), (1j, 2), (2.5, 1 + 1j), (1e300 + 1e300j, 1e300 + 1e-300j),
         (1 + 1j, 1e-310 + 1e-310j), (3 + 4j, 4 + 3j), (-1j, -1j), (0j, 1 + 1j)]
for x, y in cases:
    print(x, '/', y, '=', x / y)
for x, y in [(1j, 0), (1j, 0.0), (1, 0j), (0j, 0j), (1.5, -0j)]:
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
nan = float('nan')
print(complex(1, 1) / complex(nan, 0), complex(1, 1) / complex(0, nan))
print((1 + 1j) / float('inf'), 1j / 3, 2 / (1 + 1j))
z = 4 + 2j
z /= 2
print(z)
for f in [lambda: z // 2, lambda: z % 2]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
try:
    divmod(1j, 1)
except TypeError as e:
    print('TypeError', e)

# complex power: integer exponents, general exponents, errors
print((1 + 1j) ** 2, (1 + 1j) ** 3, (1 + 1j) ** -2, (2j) ** 0, 1j ** 4, 1j ** 101, (1 + 2j) ** 0.5)
print(2 ** 1j, 1j ** 1j, (1 + 1j) ** (1 + 1j), 0j ** 0, 0j ** 2, 0j ** 2.5, (-1) ** 0.5)
print((-8) ** (1 / 3), (-2.0) ** 1.5, 4 ** 0.5, pow(1j, 2), pow(2, 1j))
print((1 + 1e-10j) ** 100, (1.0001 + 0j) ** 1000)
for base, exp in [(0j, -1), (0j, 1j), (0j, -2.5), (0, -1 + 0j)]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for base, exp in [(1e200 + 1j, 2), (10 + 10j, 1000), (1e300j, 1.5)]:
    try:
        print(base ** exp)
    except OverflowError as e:
        print('OverflowError', e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print('ValueError', e)
z = 1 + 1j
z **= 2
print(z)

# round() of big ints: negative ndigits with ties to even.
n = 123456789012345678901234567890
print([round(n, d) for d in (5, 0, -1, -5, -10, -29, -30, -31)])
print([round(-n, d) for d in (0, -1, -5, -29, -30)])
for v in (25 * 10 ** 30, 35 * 10 ** 30, 15 * 10 ** 30 + 1, -(25 * 10 ** 30), 2 ** 100):
    print(v, round(v, -31), round(v, -30), round(v, -29))
print(round(2 ** 100, -10), round(-(2 ** 100), -10), round(10 ** 50 + 5, -1), round(10 ** 50 + 15, -1))
print(round(5 * 10 ** 49, -50), round(15 * 10 ** 49, -50), round(10 ** 50 - 1, -50), round(10 ** 50 - 1, -51))
print(type(round(2 ** 100, -10)).__name__, round(2 ** 100) == 2 ** 100, round(2 ** 100, 3) == 2 ** 100)
print((10 ** 40 + 5).__round__(-1), (10 ** 40 + 15).__round__(-1), (-(10 ** 40) - 5).__round__(-1))

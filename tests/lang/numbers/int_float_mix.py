# Mixed int/float arithmetic and result types.
pairs = [(1, 2.0), (3.0, 2), (7, 2), (-7, 2.0), (2 ** 60, 1.0), (1, True), (0.5, False)]
for a, b in pairs:
    try:
        print(a, b, a + b, a - b, a * b, a / b, type(a + b).__name__, type(a / b).__name__)
    except ZeroDivisionError as e:
        print(a, b, 'ZeroDivisionError:', e)
print(2 ** 63 + 0.0, float(2 ** 63), 2 ** 63 * 1.0 == 2 ** 63, 9007199254740993 + 0.0)
print(3 * 1.1, 0.1 * 3, 1 - 0.9, 100 * 1.1)
print(10 / 3, 10 // 3.0, 10 % 3.0, -10 / 4, 2 ** 0.5 * 2 ** 0.5)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0, sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(10 ** 16 + 1.0, int(10 ** 16 + 1.0), 10 ** 22 / 10 ** 21, 10 ** 30 / 10 ** 10)
print((10 ** 50 + 1) / 10 ** 50, 10 ** 300 / 10 ** 299, (2 ** 1100) / (2 ** 1090))
print(7 / 7, type(7 / 7).__name__, 0 / 5, -0 / 5, 0 / -5)

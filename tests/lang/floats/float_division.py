# True division: int/int, exactness, huge operands.
print(1 / 2, 2 / 1, 10 / 4, -9 / 2, 9 / -2, 0 / 7, 1 / 7)
print(2 ** 53 / 1, (2 ** 53 + 1) / 1, (10 ** 17 + 1) / 10)
print(10 ** 200 / 10 ** 199, 10 ** 400 / 10 ** 399, (3 * 10 ** 300) / (10 ** 300))
print(1 / 10 ** 400 if False else 'skip', 10 ** 20 / 3, -(10 ** 20) / 7)
print(7 / 2 == 3.5, 7 // 2, type(6 / 3).__name__, 6 / 3 == 2)
print(12345678901234567890 / 10, 2 ** 1023 * 2 / 2 ** 1023 if False else 'skip')
print(1 / 3 * 3, 2 / 3 + 1 / 3, 0.1 / 0.3)
try:
    10 ** 400 / 1
except OverflowError as e:
    print('OverflowError:', e)
try:
    1 / 10 ** 400
except OverflowError as e:
    print('OverflowError:', e)
print((10 ** 400) / (10 ** 399), (2 ** 2000) / (2 ** 1990))

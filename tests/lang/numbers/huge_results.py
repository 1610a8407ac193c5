# Results too big to build fail fast with MemoryError (or OverflowError as CPython).
cases = [
    ('1 << 10 ** 12', lambda: 1 << 10 ** 12),
    ('1 << 2 ** 63', lambda: 1 << 2 ** 63),
    ('1 << 2 ** 100', lambda: 1 << 2 ** 100),
    ('1 << 2 ** 70 >> 2 ** 70', lambda: 1 << 2 ** 70 >> 2 ** 70),
]
for label, fn in cases:
    try:
        r = fn()
        print(label, '=', r)
    except (MemoryError, OverflowError) as e:
        print(label, '->', type(e).__name__, e)
print((-1) ** 10 ** 30, 0 ** 10 ** 30, 1 ** 10 ** 30, (-1) ** (10 ** 30 + 1))
print(1 >> 2 ** 64, -1 >> 2 ** 1000, 0 << 2 ** 1000, 5 >> 10 ** 20, -5 >> 10 ** 20)
print(pow(3, 10 ** 30, 1000), pow(2, 2 ** 64, 10 ** 9 + 7), 2 ** -(10 ** 20), (-2) ** -(10 ** 20 + 1))
x = 1 << 100000
print(x.bit_length(), (x - 1).bit_count(), (x * 3).bit_length(), (x >> 99990))
y = 3 ** 20000
print(y.bit_length(), y % 1000, (y * y).bit_length(), (y // 3 ** 19990))
print(round(123, 10 ** 20), round(-5, 2 ** 80))
print((2 ** 10000) // (2 ** 9990), (10 ** 1000) % 7, len(hex(2 ** 100000)))

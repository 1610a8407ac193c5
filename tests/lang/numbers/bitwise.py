# Bitwise operations including negatives and shifts.
vals = [0, 1, 6, 12, -1, -6, -12, 255]
for a in vals:
    for b in (3, -3, 0xF0):
        print(a, b, a & b, a | b, a ^ b)
for v in (1, -1, 5, -5, 0):
    print(v, v << 3, v >> 1, v >> 3, ~v)
print(1 << 100, -(1 << 100) >> 98, (1 << 100) >> 100, (1 << 100) >> 200, -1 << 70)
for bad in (-1, -100):
    try:
        1 << bad
    except ValueError as e:
        print('ValueError:', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError:', e)
try:
    1.0 & 1
except TypeError as e:
    print('TypeError:', e)
print(0x0F0F & 0x00FF, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100 & 0xF)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, bin(x).count('1'), x.bit_count())

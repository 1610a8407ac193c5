# Bitwise operations on big and negative integers.
a = 2 ** 100 + 2 ** 50 + 1
b = -(2 ** 80) - 3
print(a & b, a | b, a ^ b, ~a, ~b)
print(a & -1 == a, a | 0 == a, b & 0, -1 & (2 ** 70 - 1))
print(a >> 50, a >> 100, a >> 101, a << 20, b >> 1, b >> 79, b >> 200, b << 3)
print(-(2 ** 100) >> 1, -(2 ** 100 + 1) >> 1, ~(2 ** 64), ~-(2 ** 64))
print((2 ** 128 - 1) ^ (2 ** 64 - 1), (2 ** 128 - 1) & ~(2 ** 64 - 1))
print(bin(a).count('1'), a.bit_length(), b.bit_length(), (-(2 ** 64)).bit_length())
print(hex(a), hex(b), oct(b), bin(-(2 ** 65)))
print((1 << 1000) >> 998, (1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF)
x = 0
for i in range(128):
    if i % 5 == 0:
        x |= 1 << i
print(x, x & (x - 1), x & -x)
print(-(2 ** 64) & (2 ** 64 + 5), -5 & (2 ** 100), -(2 ** 100) | 7, -(2 ** 70) ^ -(2 ** 71))

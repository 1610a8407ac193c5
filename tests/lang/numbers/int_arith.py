# Integer arithmetic basics.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a * b, a * -b, 0 * a, a - a)
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001, (-2) ** 3)
print(10 / 2, 9 / 3, 1 / 4, 7 / -2, type(10 / 2).__name__)
print(1 + 2 * 3 - 4 // 2 % 3)
print(abs(-5), abs(5), abs(0), -abs(-3))
print(int(3.99), int(-3.99), int('12'), int(True), int(), int(-0.5))
print(7 * 6 == 42, 3 - 10, 1000000 * 1000000)
x = 0
for i in range(1, 11):
    x += i * i
print(x)
print(max(3, 7, -1), min(3, 7, -1), sum([1, 2, 3, 4]))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, -5 >> 1, -1 >> 10, 1 << 0)
print(0b1010 & 0b0110, 0xF0 | 0x0F, 0xFF ^ 0x0F)
print(True + True, True * 3, False - 1, True / 2, True // 2, -True)
print(2 ** -1, 2 ** -2, 10 ** -3, (-8) ** -1, type(2 ** -1).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))

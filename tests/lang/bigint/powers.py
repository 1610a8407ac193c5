# Powers of two and ten, and growth across the 64-bit boundary.
print(2 ** 200)
print(2 ** 63, 2 ** 63 - 1, 2 ** 64, 2 ** 64 - 1, -(2 ** 63), -(2 ** 63) - 1)
print(10 ** 20, 10 ** 50, 7 ** 77)
print((2 ** 64) * (2 ** 64) == 2 ** 128, 2 ** 128)
x = 1
for i in range(70):
    x *= 2
print(x, x == 2 ** 70)
a = 9223372036854775807
print(a + 1, a * 2, a * a, -a - 2, a + a + 2)
b = -9223372036854775808
print(b - 1, b * -1, -b, b * b, abs(b), b // -1)
print((3 ** 100) % (2 ** 64), 3 ** 100 // 2 ** 64)
print((-3) ** 41, (-2) ** 64, (-2) ** 65)
print(pow(2, 200) == 2 ** 200, 1 << 200 == 2 ** 200)

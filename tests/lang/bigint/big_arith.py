# Arithmetic identities on big integers.
a = 3 ** 150
b = 7 ** 90 + 11
print(a + b, a - b, b - a, a * b)
print((a + b) * (a - b) == a * a - b * b)
print((a * b) // b == a, (a * b) % b, (a * b + 5) % b)
print(-a * b, (-a) * (-b) == a * b, a * 0, a * 1 == a, a - a)
s = 0
for i in range(1, 201):
    s += i ** 10
print(s)
p = 1
for i in range(1, 40):
    p *= (2 ** i - 1)
print(p % (10 ** 20), len(str(p)))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r = isqrt(2 * 10 ** 100)
print(r, r * r <= 2 * 10 ** 100 < (r + 1) ** 2)
print(a.bit_length(), b.bit_length(), (a * b).bit_length())

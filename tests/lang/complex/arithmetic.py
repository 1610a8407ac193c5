# + - * with complex, int, float and bool operands
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, b * a, a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a * 0.5, True + a)
print(a + 10 ** 20, 10 ** 20 * 1j, -a, +a, a * a, a * 1j, 1j * 1j)
print(1j * 2.0, 2.0 * 1j, 0.0 * 1j, -1 * 1j, (1 + 1j) - (1 + 1j))
x = 1 + 1j
x += 1
x *= 2j
x -= 0.5
print(x, type(x).__name__)
print(sum([1j, 2j, 3 + 0j]), sum([1, 2.5, 1j]))
inf = float('inf')
print(complex(inf, 1) * 2, complex(1, 1) * inf, complex(inf, 0) + 1j)
print((1e308 + 1e308j) * 10, (1e308 + 0j) + (1e308 + 0j))

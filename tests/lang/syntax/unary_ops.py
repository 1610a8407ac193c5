# Unary operators on ints, floats and bools.
for v in (0, 1, -1, 7, -100, 2 ** 70):
    print(v, -v, +v, ~v, not v)
for f in (0.0, -0.0, 1.5, -2.25):
    print(f, -f, +f, not f)
print(-True, +True, ~True, ~False, -False)
print(type(-True).__name__, type(~False).__name__, type(+True).__name__)
x = 5
print(-x ** 2, (-x) ** 2, ~x + 1 == -x)
print(- - -x, ~~~x, not not x)
inf = float('inf')
print(-inf, +inf, -(-inf))
print(abs(-0.0), -0.0 == 0.0, str(-0.0))

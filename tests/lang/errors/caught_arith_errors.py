# Arithmetic errors caught and printed.
import math
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
    lambda: 1.0 % 0, lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: 0 ** -1,
    lambda: float(10 ** 400), lambda: 2.0 ** 10000, lambda: math.exp(1000),
    lambda: int(float('inf')), lambda: int(float('nan')), lambda: 10 ** 400 / 3,
    lambda: math.factorial(-1), lambda: 1 << -1, lambda: pow(2, -1, 4), lambda: round(float('inf')),
]
for fn in cases:
    try:
        print('value', fn())
    except (ArithmeticError, ValueError) as e:
        print(type(e).__name__, e)

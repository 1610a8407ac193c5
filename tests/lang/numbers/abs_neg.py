# abs and negation corner cases.
for v in (0, -0, 5, -5, 0.0, -0.0, 1.5, -1.5, float('inf'), float('-inf'), float('nan'),
          True, False, 2 ** 100, -(2 ** 100)):
    print(repr(v), repr(abs(v)), repr(-v), type(abs(v)).__name__)
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)
try:
    abs(None)
except TypeError as e:
    print('TypeError:', e)
print(abs(-9223372036854775808), -(-9223372036854775808), abs(-2 ** 63) == 2 ** 63)

# Rounding-related functions on floats.
import math
vals = [2.5, 3.5, -2.5, -3.5, 2.4999, 2.5001, 0.5, -0.5, 1e20 + 0.5, 7.0, -0.0]
for v in vals:
    print(repr(v), round(v), math.floor(v), math.ceil(v), math.trunc(v), int(v))
for v in (0.125, 0.375, 2.675, 1.125, -1.125, 0.045, 1.0005):
    print(v, round(v, 2), round(v, 3), '%.2f' % v, format(v, '.2f'))
print(round(12345.6789, -3), round(-0.5), round(0.5), round(1.5), round(-1.5))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(2.5, None)).__name__)
print(math.floor(-0.0), math.ceil(-0.5), repr(math.ceil(-0.5)), round(-0.5) == 0)
print(round(0.5 + 1e-16), round(2.5000000000000004), round(-1e-300, 5))

# Extreme floats: denormals, max, epsilon.
import math
eps = 2.0 ** -52
print(eps, 1.0 + eps > 1.0, 1.0 + eps / 2 == 1.0)
big = 1.7976931348623157e308
print(big, big * 1.0000000000000002, big + 1e292, -big * 2)
print(5e-324, 5e-324 * 0.5, 5e-324 * 1.5, 2.2250738585072014e-308 / 2)
print(math.ldexp(1.0, 1023), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075))
print(math.ulp(1.0) == eps, math.ulp(0.0), math.nextafter(1.0, 2.0) - 1.0 == eps)
print(math.nextafter(0.0, 1.0), math.nextafter(big, math.inf), math.nextafter(-0.0, -1.0))
print(float(2 ** 1023) * 2, float(2 ** 1024 - 2 ** 970) if False else 'skip')
try:
    float(2 ** 1024)
except OverflowError as e:
    print('OverflowError:', e)
print(1e308 + 1e308, -(1e308 + 1e308), (1e308 + 1e308) - (1e308 + 1e308))

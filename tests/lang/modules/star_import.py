# from math import * brings public names into the module namespace.
from math import *
print(sqrt(49), floor(pi), ceil(e), factorial(5), gcd(8, 12), isqrt(99))
print(inf > 10 ** 300, isnan(nan), tau / 2 == pi, hypot(6, 8))
print(log(e), exp(0), trunc(-3.9), fabs(-1))
sqrt = 'shadowed'
print(sqrt)
from math import sqrt
print(sqrt(4))
print(fsum([0.1] * 10), comb(5, 2), perm(4, 2), prod([1, 2, 3]))
print(degrees(pi), radians(180) == pi, copysign(1, -0.0), isclose(1.0, 1.0 + 1e-12))

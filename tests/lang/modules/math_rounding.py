# math floor/ceil/trunc/fmod/copysign/frexp/ldexp/modf.
import math
for x in (2.5, -2.5, 3.0, -0.5, 1e20, -1e-20, 7):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)), math.floor(True))
for a, b in ((7, 3), (-7, 3), (7, -3), (-7.5, 2), (5.5, 1.5), (1e10, 7)):
    print(a, b, math.fmod(a, b), a % b)
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(math.inf, -1))
for x in (0.0, 1.0, 8.0, 0.75, -3.5, 1e-300, 1e300):
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.ldexp(0.5, 3), math.ldexp(1, -2), math.ldexp(3, 0))
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(5), math.modf(math.inf))
for fn in (math.floor, math.ceil, math.trunc):
    for v in (math.inf, math.nan):
        try:
            fn(v)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, type(e).__name__ + ':', e)

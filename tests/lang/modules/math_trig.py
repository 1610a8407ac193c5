# math trigonometric and hyperbolic functions.
import math
for x in (0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi):
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in (0.0, 0.5, -0.5, 1.0, -1.0):
    print(x, math.asin(x), math.acos(x), math.atan(x))
print(math.atan(math.inf), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1.0))
for x in (0.0, 0.5, 1.0, -2.0, 10.0):
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.acosh(1), math.acosh(2), math.atanh(0), math.atanh(0.5), math.atanh(-0.9))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(1, 2, 2), math.hypot(-3, -4, 12))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-1.5,)))

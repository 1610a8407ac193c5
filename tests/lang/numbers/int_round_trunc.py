# __round__/__trunc__/__floor__/__ceil__ of ints and the math functions using them.
import math
for v in (0, 7, -7, 15, 25, -25, 1234, 2 ** 70 + 7, -(2 ** 70) - 7, True):
    print(repr(v), v.__round__(), v.__round__(-1), v.__round__(1), v.__trunc__(), v.__floor__(), v.__ceil__(),
          math.floor(v), math.ceil(v), math.trunc(v), round(v, -2))
print(type(math.floor(True)).__name__, type((True).__trunc__()).__name__, type(round(True)).__name__)
for v in (2.5, -2.5, 0.5, -0.5, 1e20, -1e-20, 3.999999):
    print(repr(v), v.__round__(), v.__trunc__(), v.__floor__(), v.__ceil__(), math.floor(v), math.ceil(v), math.trunc(v))
for v in (float('inf'), float('-inf'), float('nan')):
    for f in (math.floor, math.ceil, math.trunc, round, int):
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__ + ':', e)
for v in ('x', None, []):
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(v)
        except TypeError as e:
            print(f.__name__, 'TypeError:', e)
print((1.5).__floor__() + (1.5).__ceil__(), (10 ** 20).__round__(-19), (-(10 ** 20) - 5).__round__(-1))

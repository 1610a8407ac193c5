# repr round trip and arithmetic precision checks.
import math
vals = [0.1, 0.2, 0.7, 1 / 7, math.pi, math.e, 1e-7, 123456.789e10, 2 ** -30, 1.0 / 3 * 3]
for v in vals:
    r = repr(v)
    print(r, float(r) == v, len(r))
x = 0.0
steps = []
for i in range(10):
    x += 0.1
    steps.append(x)
print(steps)
print([round(s, 1) for s in steps])
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(1e-16 + 1.0 == 1.0, 1e-15 + 1.0 == 1.0)
print(9.999999999999999e22, 1e23 == 9.999999999999999e22, 100000000000000000000000.0)
print(0.1 * 10, 0.1 * 3, 0.1 * 6, 1.15 * 100, 4.35 * 100, 0.57 * 100)

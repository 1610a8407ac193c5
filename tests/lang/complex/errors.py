# operations complex does not support
z = 1 + 2j
import math
tests = [lambda: z < z, lambda: z <= 1, lambda: z > 1.0, lambda: 1 >= z, lambda: z // 1, lambda: z % 1,
         lambda: divmod(z, 1), lambda: int(z), lambda: float(z), lambda: ~z, lambda: z & 1, lambda: z << 1,
         lambda: round(z), lambda: z[0], lambda: len(z), lambda: iter(z), lambda: math.floor(z),
         lambda: z + "a", lambda: "a" + z, lambda: [1] * z, lambda: range(z), lambda: "%d" % z,
         lambda: sorted([1j, 2j]), lambda: max(1j, 2j), lambda: hex(z)]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)

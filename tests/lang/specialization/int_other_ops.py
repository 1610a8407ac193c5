# Small-int //, %, &, |, ^, << and >> through warm (specialized) sites: floor
# semantics, zero divisors, negative and large shifts, results leaving the small range.
import random
random.seed(5)
vals = [0, 1, -1, 2, -2, 3, 7, -7, 63, 64, -64, 100, 2**40, -(2**40), 2**61, -(2**61), 2**62-1, 12345678901]
ops = ['//', '%', '&', '|', '^', '<<', '>>']
out = []
for _ in range(3):
    for a in vals:
        for b in vals:
            for op in ops:
                try:
                    if op in ('<<',) and b > 200: continue
                    out.append(eval(f'({a}) {op} ({b})'))
                except Exception as e:
                    out.append(type(e).__name__)
def f(a, b):
    r = []
    for _ in range(3):
        for op in range(7):
            try:
                if op == 0: r.append(a // b)
                elif op == 1: r.append(a % b)
                elif op == 2: r.append(a & b)
                elif op == 3: r.append(a | b)
                elif op == 4: r.append(a ^ b)
                elif op == 5: r.append(a << b if b < 200 else 0)
                else: r.append(a >> b)
            except Exception as e:
                r.append(type(e).__name__)
    return r
for a in vals:
    for b in vals:
        out.extend(f(a, b))
x = 5
x //= 2; x %= 3; x <<= 3; x >>= 1; x |= 1; x &= 6; x ^= 15
print(x, len(out), hash(tuple(str(o) for o in out)) % 1000003 if False else out[:50], out[-30:])
print(sum(o for o in out if isinstance(o, int)) % 999983)

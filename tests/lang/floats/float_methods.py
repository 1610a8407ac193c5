# float methods: is_integer, as_integer_ratio, hex-free introspection, conjugate.
for v in (1.0, 1.5, -2.0, 0.0, -0.0, 1e20, 0.1, 2.5e-5):
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
for v in (float('inf'), float('nan')):
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(float.fromhex('0x1.8p1'), (3.0).__trunc__(), (3.7).__floor__() if hasattr(3.7, '__floor__') else 3)
print(float(3), float('3'), float(' -3.25e2 '), float('+1E-2'), float('.5e1'), float('5.'))
print(int(2.5), int(-2.5), int(1e15 + 0.5), int(1.9999999999999999))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5))
print((0.5).hex() if False else 'hex skipped', float.__name__)

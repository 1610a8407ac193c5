# int methods on big values: bit counts, bytes, ratios, dunders.
vals = [2 ** 64, 2 ** 64 - 1, -(2 ** 64), 3 ** 100, -(3 ** 100), 10 ** 50 + 1, 2 ** 200 + 2 ** 100 + 1]
for v in vals:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio()[0] == v, v.conjugate() == v, v.numerator == v,
          v.denominator, v.imag, (v.bit_length() + 7) // 8)
for v in vals:
    size = (v.bit_length() + 8) // 8
    b = v.to_bytes(size, 'big', signed=True)
    print(b.hex() if hasattr(b, 'hex') else b, int.from_bytes(b, 'big', signed=True) == v)
print((2 ** 100).__add__(2 ** 100), (2 ** 100).__mul__(2 ** 100) == 2 ** 200, (2 ** 100).__floordiv__(2 ** 90))
print((2 ** 100).__neg__(), (-(2 ** 100)).__abs__(), (2 ** 100).__invert__(), (2 ** 100).__bool__())
print((2 ** 100).__float__(), (2 ** 100).__hash__(), (2 ** 100).__index__() == 2 ** 100, (2 ** 100).__eq__(2.0 ** 100))
print((2 ** 100).__lt__(2 ** 101), (2 ** 100).__rshift__(90), (2 ** 100).__and__(2 ** 100 - 1), (2 ** 100).__xor__(1))
try:
    (2 ** 2000).__float__()
except OverflowError as e:
    print('OverflowError:', e)
try:
    (2 ** 100).to_bytes(12, 'big')
except OverflowError as e:
    print('OverflowError:', e)

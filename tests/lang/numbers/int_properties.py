# int attributes and small methods on small, big, negative and bool values.
for v in (0, 1, -1, 5, -5, 255, -256, 2 ** 47 - 1, -(2 ** 47), 2 ** 63, -(2 ** 63), 10 ** 30, True, False):
    print(repr(v), v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.as_integer_ratio(),
          v.bit_length(), v.bit_count(), type(v.real).__name__)
print(int.real.__class__.__name__ if False else 'skip', (5).real is 5 if False else 'skip')
print(int.bit_length(255), int.bit_count(-255), int.conjugate(True), int.as_integer_ratio(-7))
for name in ('bit_length', 'bit_count', 'conjugate', 'as_integer_ratio'):
    try:
        getattr(int, name)('x')
    except TypeError as e:
        print('TypeError:', e)
    try:
        getattr(5, name)(1)
    except TypeError as e:
        print('TypeError:', e)
for name in ('real', 'imag', 'numerator', 'denominator'):
    try:
        setattr(5, name, 1)
    except AttributeError as e:
        print('AttributeError:', e)
print(hasattr(5, 'is_integer'), hasattr(5, '__index__'), (7).__index__(), True.__index__())
print((5).__sizeof__() > 0, (2 ** 100).__sizeof__() > (5).__sizeof__())

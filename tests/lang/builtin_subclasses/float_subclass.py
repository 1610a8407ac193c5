# float subclasses: results are plain floats unless overridden; extra attributes.
class Meters(float):
    unit = 'm'

    def __repr__(self):
        return f'{float(self)!r}{self.unit}'

    def __add__(self, other):
        return Meters(float(self) + other)


class Plain(float):
    pass


m = Meters(2.5)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, 1 + m, type(1 + m).__name__)
print(m * 2, type(m * 2).__name__, -m, type(-m).__name__, round(m), type(round(m, 1)).__name__)
p = Plain('1.5')
print(p, type(p).__name__, p.is_integer(), p.as_integer_ratio(), p.hex(), p.real, type(p.real).__name__)
print(Plain.fromhex('0x1p3'), type(Plain.fromhex('0x1p3')).__name__)
print(Plain('inf'), Plain('nan') != Plain('nan'), Plain(), Plain(3))
print(f'{p:.3f}', format(p, 'e'), '%.1f' % p, int(p), float(p) is not p)
p.note = 'extra'
print(p.note, vars(p))
print(p == 1.5, hash(p) == hash(1.5), {1.5: 'x'}[p], p < 2, sorted([Plain(3), 1.0, Plain(2)]))
try:
    Plain('abc')
except ValueError as e:
    print(type(e).__name__, e)


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        return super().__new__(cls, value)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32


c = Celsius(100)
print(c, c.fahrenheit, type(c.fahrenheit).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(c, float), issubclass(Celsius, float), Celsius.__mro__[1].__name__)

# subclasses of complex
class C(complex):
    def describe(self):
        return f'C<{self.real}, {self.imag}>'


c = C(1, 2)
print(c, repr(c), type(c).__name__, c.describe(), isinstance(c, complex))
print(c + 1, type(c + 1).__name__, -c, type(-c).__name__, c == 1 + 2j, hash(c) == hash(1 + 2j))
print(C('3+4j'), C(), C(5j).imag, complex(c), type(complex(c)).__name__)
c.tag = 'x'
print(c.tag, vars(c))


class Polar(complex):
    def __new__(cls, r, theta):
        import math
        return super().__new__(cls, r * math.cos(theta), r * math.sin(theta))

    def __repr__(self):
        return f'Polar({abs(self):.3f})'


p = Polar(2, 0)
print(p, p.real, p + 0, type(p * 1).__name__)


class Loud(complex):
    def __add__(self, other):
        return 'Loud.__add__'

    def __radd__(self, other):
        return 'Loud.__radd__'


print(Loud(1) + 1, 1 + Loud(1), 1j + Loud(1), Loud(1) + Loud(2))

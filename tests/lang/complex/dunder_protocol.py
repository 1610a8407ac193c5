# complex() consults __complex__, then __float__, then __index__
class HasComplex:
    def __complex__(self):
        return 2 + 3j


class HasFloat:
    def __float__(self):
        return 1.5


class HasIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.5


class ComplexAndFloat:
    def __complex__(self):
        return 9j

    def __float__(self):
        return 1.0


print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()), complex(ComplexAndFloat()))
print(complex(HasFloat(), HasFloat()), complex(1, HasIndex()), complex(HasComplex(), 1))
try:
    complex(BadComplex())
except TypeError as e:
    print('TypeError', e)
try:
    complex(1, HasComplex())
except TypeError as e:
    print('TypeError', e)
print(HasComplex().__complex__() + 1, 1j + HasIndex().__index__())


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other)

    def __radd__(self, other):
        return Num(other + self.v)

    def __repr__(self):
        return f'Num({self.v})'


print(Num(1) + 1j, 1j + Num(2), 2j * 1 + Num(1j))

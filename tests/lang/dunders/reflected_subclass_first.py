# A subclass that overrides the reflected method gets called first.
class Base:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, other):
        return f'Base.__add__({self.tag}, {other.tag})'

    def __radd__(self, other):
        return f'Base.__radd__({self.tag}, {other.tag})'

    def __mul__(self, other):
        return 'Base.__mul__'

    def __rmul__(self, other):
        return 'Base.__rmul__'

class Derived(Base):
    def __radd__(self, other):
        return f'Derived.__radd__({self.tag}, {other.tag})'

class InheritsOnly(Base):
    pass

b, d, i = Base('b'), Derived('d'), InheritsOnly('i')
print(b + d)
print(d + b)
print(b + i)
print(b * d, d * b)

class DerivedDeclines(Base):
    def __radd__(self, other):
        print('DerivedDeclines.__radd__ declines')
        return NotImplemented

print(b + DerivedDeclines('dd'))

class IntSub(int):
    def __radd__(self, other):
        return 'IntSub.__radd__ first'

    def __rsub__(self, other):
        return NotImplemented

print(1 + IntSub(2), IntSub(2) + 1)
print(5 - IntSub(3))

class FloatSub(float):
    def __rtruediv__(self, other):
        return 'FloatSub.__rtruediv__'

print(1.0 / FloatSub(2.0), 1 / FloatSub(2.0))

class ListSub(list):
    def __radd__(self, other):
        return 'ListSub.__radd__'

print([1] + ListSub([2]))

class StrSub(str):
    def __rmod__(self, other):
        return 'StrSub.__rmod__'

print('%s' % StrSub('x'))

class Sibling(Base):
    def __radd__(self, other):
        return 'Sibling.__radd__'

print(Derived('x') + Sibling('y'))

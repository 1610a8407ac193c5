# __new__ returning an instance of another type: __init__ is skipped.
class Other:
    def __init__(self):
        print('Other.__init__')


class Sneaky:
    def __new__(cls, kind):
        if kind == 'int':
            return 42
        if kind == 'other':
            return Other()
        if kind == 'none':
            return None
        return super().__new__(cls)

    def __init__(self, kind):
        print('Sneaky.__init__', kind)
        self.kind = kind


for kind in ['int', 'other', 'none', 'self']:
    r = Sneaky(kind)
    print(kind, type(r).__name__)


class Child(Sneaky):
    pass


c = Child('self')
print(type(c).__name__, c.kind)


# returning an instance of a subclass still runs __init__
class Base:
    def __new__(cls, n):
        if cls is Base and n > 10:
            return object.__new__(Big)
        return object.__new__(cls)

    def __init__(self, n):
        print('init on', type(self).__name__, n)
        self.n = n


class Big(Base):
    pass


print(type(Base(5)).__name__, type(Base(50)).__name__)


# returning an instance of a superclass: __init__ is skipped
class Narrow(Base):
    def __new__(cls, n):
        return Base.__new__(Base, 1)


r = Narrow(3)
print(type(r).__name__, hasattr(r, 'n'))

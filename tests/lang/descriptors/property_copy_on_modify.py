# property.setter/getter/deleter on an inherited property build a new object; the parent keeps its own.
class Base:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x


class Child(Base):
    @Base.x.setter
    def x(self, v):
        self._x = v * 10


class Other(Base):
    x = Base.x.getter(lambda self: 'Other getter')


b, c, o = Base(), Child(), Other()
c.x = 2
print(b.x, c.x, o.x)
try:
    b.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Base.x is Child.x, Base.x.fset, Child.x.fget is Base.x.fget, Other.x.fget is Base.x.fget)
print(Child.x.fset.__name__, Child.x.fset.__qualname__)
try:
    o.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
combo = Child.x.deleter(lambda self: print('deleting'))
Child.x = combo
del c.x
print(c.x, combo.fset is Child.x.fset)

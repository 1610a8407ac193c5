# Properties on subclasses: overriding, extending the parent's property.
class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @property
    def name(self):
        return 'base'

class OverrideGetter(Base):
    @property
    def x(self):
        return 'overridden ' + str(self._x)

o = OverrideGetter()
print(o.x)
try:
    o.x = 5
except AttributeError as e:
    print(type(e).__name__, e)

class ExtendSetter(Base):
    @Base.x.setter
    def x(self, v):
        print('validated', v)
        self._x = abs(v)

e = ExtendSetter()
e.x = -7
print(e.x, Base.x.fget is ExtendSetter.x.fget)

class SuperProp(Base):
    @property
    def x(self):
        return super().x * 100
    @x.setter
    def x(self, v):
        Base.x.fset(self, v + 1)

s = SuperProp()
s.x = 2
print(s.x, s._x)

class PlainAttr(Base):
    name = 'plain class attribute'

print(PlainAttr().name)

class InstanceShadow(Base):
    def __init__(self):
        super().__init__()
        self.__dict__['name'] = 'instance'

print(InstanceShadow().name)

class MethodOverride(Base):
    def name(self):
        return 'method'

print(MethodOverride().name())

class DelSuper(Base):
    @property
    def x(self):
        return super().x
    @x.setter
    def x(self, v):
        super(DelSuper, type(self)).x.__set__(self, v * 3)

d = DelSuper()
d.x = 3
print(d.x)

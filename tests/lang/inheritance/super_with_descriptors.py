# super() binds what it finds: functions, staticmethods, classmethods, properties, plain values.
class Base:
    value = 'plain value'

    def method(self):
        return 'Base.method on ' + type(self).__name__

    @staticmethod
    def static(x):
        return 'Base.static ' + str(x)

    @classmethod
    def klass(cls):
        return 'Base.klass on ' + cls.__name__

    @property
    def prop(self):
        return 'Base.prop on ' + type(self).__name__


class Child(Base):
    def method(self):
        return super().method

    def static(self, x):
        return super().static(x)

    @classmethod
    def klass(cls):
        return super().klass()

    @property
    def prop(self):
        return super().prop

    def value_via_super(self):
        return super().value


c = Child()
bm = c.method()
print(type(bm).__name__, bm.__self__ is c, bm())
print(c.static(5), Child.klass(), c.klass(), c.prop, c.value_via_super())
s = super(Child, c)
print(type(s.static).__name__, type(s.klass).__name__, s.klass.__self__ is Child)
print(type(super(Child, Child).method).__name__, super(Child, Child).method(c))
print(type(super(Child, Child).prop).__name__)


class GrandChild(Child):
    pass


print(GrandChild.klass(), GrandChild().prop, GrandChild().method()())

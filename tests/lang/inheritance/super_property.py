# super() with properties and other descriptors; assignment through super fails.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        print('Base setter', v)
        self._v = v

    attr = 'base attr'


class Child(Base):
    @property
    def value(self):
        return super().value * 10

    @value.setter
    def value(self, v):
        print('Child setter', v)
        super(Child, type(self)).value.fset(self, v + 1)

    def read_attr(self):
        return super().attr

    def try_assign(self):
        try:
            super().attr = 'x'
        except AttributeError as e:
            return type(e).__name__ + ': ' + str(e)

    def try_assign_value(self):
        try:
            super().value = 5
        except AttributeError as e:
            return type(e).__name__ + ': ' + str(e)

    def try_del(self):
        try:
            del super().attr
        except AttributeError as e:
            return type(e).__name__ + ': ' + str(e)


c = Child()
print(c.value)
c.value = 4
print(c.value, c._v)
print(c.read_attr(), c.try_assign(), c.try_assign_value(), c.try_del())
print(super(Child, c).value)
print(type(super(Child, Child).value).__name__)


class Desc:
    def __get__(self, obj, owner):
        return ('Desc.__get__', type(obj).__name__, owner.__name__)


class P:
    d = Desc()


class Q(P):
    d = 'shadowed'

    def via_super(self):
        return super().d


print(Q().via_super(), Q().d, super(Q, Q).d)

# Zero-argument super() inside classmethods, staticmethods (fails), properties and __new__.
class Base:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.made_by = 'Base.__new__'
        return inst

    @classmethod
    def create(cls):
        return f'Base.create({cls.__name__})'

    @property
    def label(self):
        return 'base-label'

    def __repr__(self):
        return 'Base()'


class Child(Base):
    def __new__(cls, value):
        inst = super().__new__(cls, value)
        inst.value = value
        return inst

    @classmethod
    def create(cls):
        return 'Child>' + super().create()

    @staticmethod
    def static():
        try:
            return super().create()
        except RuntimeError as e:
            return f'{type(e).__name__}: {e}'

    @property
    def label(self):
        return 'child/' + super().label

    def __repr__(self):
        return 'Child<' + super().__repr__() + '>'


c = Child(3)
print(c.made_by, c.value, Child.create(), c.create(), c.label, repr(c))
print(Child.static())


class GrandChild(Child):
    @classmethod
    def create(cls):
        return 'Grand>' + super().create()


print(GrandChild.create(), GrandChild(1).label)


class WithInitSubclass(Base):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True


class Registered(WithInitSubclass):
    pass


print(Registered.registered, hasattr(WithInitSubclass, 'registered'))

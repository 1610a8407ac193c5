# What super() sees: class dicts along the MRO after the start class only.
class Base:
    x = 'Base.x'

    def __getattr__(self, name):
        return 'Base.__getattr__ ' + name

    def method(self):
        return 'Base.method'


class Child(Base):
    x = 'Child.x'

    def via_super(self, name):
        try:
            return getattr(super(), name)
        except AttributeError as e:
            return type(e).__name__ + ': ' + str(e)


c = Child()
c.x = 'instance x'
print(c.x, c.via_super('x'), c.via_super('method')(), c.missing)
print(c.via_super('missing'))
print(c.via_super('__class__').__name__, c.via_super('__doc__'))


class Meta(type):
    meta_attr = 'from metaclass'


class WithMeta(metaclass=Meta):
    pass


class SubMeta(WithMeta):
    @classmethod
    def probe(cls):
        try:
            return super().meta_attr
        except AttributeError as e:
            return type(e).__name__ + ': ' + str(e)


print(SubMeta.meta_attr, SubMeta.probe())


class Getattribute:
    def __getattribute__(self, name):
        return 'intercepted ' + name


class Under(Getattribute):
    def probe(self):
        return super().__getattribute__('probe')


u = Under()
print(u.anything, Under.probe(u))
s = super(Child, c)
print(type(s).__name__, s.method(), s.x)
print(hasattr(s, 'method'), hasattr(s, 'via_super'), hasattr(s, 'zzz'))

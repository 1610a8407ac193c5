# Zero-argument super() and __class__ inside metaclass methods.
class Base(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault('tags', [])
        return super().__new__(mcls, name, bases, ns)

    def describe(cls):
        return f'Base.describe({cls.__name__})'

    def which(cls):
        return __class__.__name__


class Derived(Base):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tags = cls.tags + ['derived']
        return cls

    def describe(cls):
        return 'Derived>' + super().describe()

    def which(cls):
        return __class__.__name__ + '/' + super().which()


class A(metaclass=Derived):
    pass


print(A.tags, A.describe(), A.which())
print(super(Derived, A).describe(), super(Base, A).__repr__() == type.__repr__(A))
print(super(Derived, Derived).describe(A))


class Init(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialized = name


class Mixed(Init, Derived):
    pass


class B(metaclass=Mixed):
    pass


print(B.initialized, B.tags, B.describe(), [k.__name__ for k in Mixed.__mro__])

# Keyword arguments in the class statement reach __prepare__, __new__, __init__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)


class A(metaclass=Meta, color='red', size=2):
    pass


print(A.options)


class B(A, shape='round'):
    pass


print(B.options, A.options)
kw = {'metaclass': Meta, 'via': 'dict'}


class C(**kw):
    pass


print(type(C).__name__, C.options)


class PassThrough(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)


class Base:
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__, kw)


class D(Base, metaclass=PassThrough, tag='t'):
    pass


try:
    class E(metaclass=PassThrough, tag='t'):
        pass
except TypeError as e:
    print(type(e).__name__, e)

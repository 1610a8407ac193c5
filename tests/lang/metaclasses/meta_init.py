# Metaclass __init__: runs after __new__ on the new class; arguments must match.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, type(ns).__name__, kw)
        super().__init__(name, bases, ns)
        cls.init_kw = kw
        cls.members = sorted(k for k in ns if not k.startswith('__'))


class A(metaclass=Meta, option=1):
    a = 1
    b = 2


class B(A, option=2, flag=True):
    c = 3


print(A.init_kw, A.members, B.init_kw, B.members)


class NewAndInit(type):
    def __new__(mcls, name, bases, ns):
        print('new', name)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print('init', name, cls.__name__)
        super().__init__(name, bases, ns)


class C(metaclass=NewAndInit):
    pass


D = NewAndInit('D', (C,), {})
print(type(D).__name__, D.__bases__[0].__name__)


class NoKwargs(type):
    pass


try:
    class E(metaclass=NoKwargs, extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class InitRaises(type):
    def __init__(cls, *a):
        raise ValueError('rejected ' + a[0])


try:
    class F(metaclass=InitRaises):
        pass
except ValueError as e:
    print(type(e).__name__, e)
print(type.__init__(C, 'x'))
try:
    type.__init__(C, 'x', ())
except TypeError as e:
    print(type(e).__name__, e)
print(type.__init__(C, 'x', (), {}))

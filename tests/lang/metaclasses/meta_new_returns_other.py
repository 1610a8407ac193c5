# A metaclass __new__ may return anything; __init__ runs only on instances of the metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', name)
        if ns.get('as_tuple'):
            return (name, tuple(b.__name__ for b in bases))
        if ns.get('as_plain'):
            return type(name, bases, dict(ns))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    pass


class B(metaclass=Meta):
    as_tuple = True


class C(metaclass=Meta):
    as_plain = True


print(type(A).__name__, B, type(C).__name__, C.__bases__[0].__name__)
# type() with a base whose metaclass has its own __new__ hands the call to it.
H = type('H', (A,), {})
print(type(H).__name__)


class Other(type):
    pass


class Swapper(type):
    def __new__(mcls, name, bases, ns):
        return Other(name, bases, ns)

    def __init__(cls, *args):
        print('never printed: Swapper.__init__')


class D(metaclass=Swapper):
    value = 3


print(type(D).__name__, D.value)


class CountingMeta(type):
    created = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.created.append(name)
        return cls


class E(metaclass=CountingMeta):
    pass


class F(E):
    pass


G = CountingMeta('G', (F,), {})
print(CountingMeta.created, type(G).__name__)

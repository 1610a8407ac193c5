# __classcell__: zero-argument super() and __class__ need the cell passed to type.__new__.
class Passes(type):
    def __new__(mcls, name, bases, ns):
        print('__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Passes):
    def f(self):
        return __class__.__name__


class NoCell(metaclass=Passes):
    x = 1


print(A().f())


class Drops(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(mcls, name, bases, ns)


try:
    class B(metaclass=Drops):
        def f(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)


class WrongClass(type):
    def __new__(mcls, name, bases, ns):
        other = super().__new__(mcls, name + 'Other', bases, dict(ns))
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)


try:
    class C(metaclass=WrongClass):
        def f(self):
            return __class__
    print(C().f().__name__)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)


class Base:
    def hello(self):
        return 'Base.hello'


class Copying(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class D(Base, metaclass=Copying):
    def hello(self):
        return 'D>' + super().hello()


print(D().hello())
try:
    type('E', (), {'__classcell__': 5})
except TypeError as e:
    print(type(e).__name__, e)

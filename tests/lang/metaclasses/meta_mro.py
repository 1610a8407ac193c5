# A metaclass may override mro() to compute a custom method resolution order.
class ReverseBases(type):
    def mro(cls):
        print('custom mro() for', cls.__name__)
        default = super().mro()
        return [default[0]] + list(reversed(default[1:-1])) + [object]


class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


class C(A, B, metaclass=ReverseBases):
    pass


print([k.__name__ for k in C.__mro__], C().who())


class Extra:
    def extra(self):
        return 'injected into the MRO'


class Inject(type):
    def mro(cls):
        m = super().mro()
        if Extra not in m:
            m.insert(1, Extra)
        return m


class D(metaclass=Inject):
    pass


print([k.__name__ for k in D.__mro__], D().extra(), D.__bases__)
print(isinstance(D(), Extra), issubclass(D, Extra))


class BadMro(type):
    def mro(cls):
        return [cls, 5]


try:
    class E(metaclass=BadMro):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class NotIterable(type):
    def mro(cls):
        return 7


try:
    class F(metaclass=NotIterable):
        pass
except TypeError as e:
    print(type(e).__name__, e)

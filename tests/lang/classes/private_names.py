# Private name mangling: __x inside a class body becomes _Class__x.
class A:
    __secret = 'A secret'
    __dunder__ = 'not mangled'

    def __init__(self):
        self.__value = 1
        self._single = 2

    def get(self):
        return self.__value, self.__secret

    def __hidden(self):
        return 'hidden'

    def call_hidden(self):
        return self.__hidden()


class B(A):
    def __init__(self):
        super().__init__()
        self.__value = 'B value'

    def both(self):
        return self.__value, self._A__value


a, b = A(), B()
print(a.get(), a.call_hidden(), sorted(vars(a)))
print(b.both(), sorted(vars(b)))
print(A._A__secret, A.__dunder__, hasattr(A, '__secret'))
try:
    a.__value
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b.__hidden()
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(A) if 'secret' in k or 'hidden' in k))


class _Under:
    def __m(self):
        return 'under'

    def run(self):
        return self.__m()


print(_Under().run(), hasattr(_Under, '_Under__m'))


class __Leading:
    def __m(self):
        return 'leading'

    def run(self):
        return self.__m()


print(__Leading().run(), sorted(k for k in vars(__Leading) if k.endswith('__m')))


class C:
    def probe(self):
        return getattr(self, '__x', 'getattr not mangled')

    def set(self):
        self.__x = 5
        return [k for k in vars(self)]


print(C().probe(), C().set())

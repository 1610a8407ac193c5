# __bases__, __base__, __mro__, __subclasses__().
class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


def names(seq):
    return [c.__name__ for c in seq]


print(names(A.__bases__), names(D.__bases__), A.__base__.__name__, D.__base__.__name__)
print(names(D.__mro__))
print(names(A.__subclasses__()), names(B.__subclasses__()), names(D.__subclasses__()))
print(object.__bases__, object.__base__, type.__bases__)
print(type(A.__bases__).__name__, type(A.__mro__).__name__, type(A.__subclasses__()).__name__)


class E(A):
    pass


print(names(A.__subclasses__()))
print(names(type.__subclasses__(A)))
print(int.__base__.__name__, bool.__base__.__name__, names(bool.__mro__))
print('bool' in names(int.__subclasses__()))


def make():
    class Temp(A):
        pass
    return Temp


t = make()
print(names(A.__subclasses__()))
print(names(t.__bases__))
try:
    A.__subclasses__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)

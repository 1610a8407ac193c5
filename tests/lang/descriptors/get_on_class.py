# Descriptors accessed through the class: __get__(None, owner) and return values.
class Desc:
    def __get__(self, obj, owner=None):
        if obj is None:
            return ('class access', owner.__name__)
        return ('instance access', type(obj).__name__, owner.__name__)


class A:
    d = Desc()


class B(A):
    pass


print(A.d, B.d, A().d, B().d)
print(A.__dict__['d'].__get__(None, B))
print(A.__dict__['d'].__get__(B(), B))


class SelfReturning:
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return 42


class H:
    s = SelfReturning()


print(type(H.s).__name__, H().s)


def f(self):
    return 'f called on ' + type(self).__name__


print(f.__get__(None, A) is f, f.__get__(B())())
print(type(f.__get__(A())).__name__)
try:
    f.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    md = Desc()


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.md)
try:
    WithMeta().md
except AttributeError as e:
    print(type(e).__name__, e)


class ClassAndMeta(metaclass=Meta):
    md = 'class dict wins over non-data meta descriptor'


print(ClassAndMeta.md)

# __class__ on instances and the implicit __class__ cell in methods.
class A:
    def which(self):
        return __class__.__name__

    def real(self):
        return type(self).__name__, self.__class__.__name__


class B(A):
    def which_b(self):
        return __class__.__name__


a, b = A(), B()
print(a.__class__ is A, b.__class__ is B, type(b) is b.__class__)
print(a.which(), b.which(), b.which_b(), b.real())
print(A.__class__ is type, type.__class__ is type, int.__class__.__name__)
print((1).__class__.__name__, 'x'.__class__.__name__, None.__class__.__name__)
print([].__class__ is list, len.__class__.__name__)


class C:
    def get(self):
        return __class__

    @classmethod
    def cm(cls):
        return __class__ is cls

    @staticmethod
    def sm():
        return __class__.__name__


class D(C):
    pass


print(C().get() is C, D().get() is C, C.cm(), D.cm(), D.sm())


class E:
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()

    def lam(self):
        return (lambda: __class__)()


print(E().nested(), E().lam() is E)


def outside():
    try:
        return __class__
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)


print(outside())


class F:
    x = 'class attr'

    def f(self):
        return __class__.x


print(F().f())

# Class statement argument forms: keywords, unpacked bases, metaclass=type.
class A(object, metaclass=type):
    pass

bases = (A,)

class B(*bases):
    pass

print([c.__name__ for c in B.__mro__], type(B).__name__)

class Opts:
    def __init_subclass__(cls, **kw):
        cls.opts = sorted(kw.items())

kw = {'color': 'red', 'size': 3}

class C(Opts, **kw):
    pass

class D(Opts, flag=True, **{'x': 1}):
    pass

print(C.opts, D.opts)

class E(*[Opts], **{}):
    pass

print(E.opts)
try:
    class F(A, **{'bogus': 1}):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class H(metaclass=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Trailing(A,):
    pass

class NoParens:
    pass

class EmptyParens():
    pass

print(Trailing.__bases__ == (A,), NoParens.__bases__ == EmptyParens.__bases__ == (object,))

def get_base():
    print('evaluating base')
    return A

class Order(get_base(), **{}):
    print('body runs after bases')

print(Order.__base__.__name__)

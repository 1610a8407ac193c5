# Functions are non-data descriptors: manual __get__, binding arbitrary objects.
def show(self, *args):
    return (type(self).__name__, args)


class A:
    pass


a = A()
bound = show.__get__(a, A)
print(type(bound).__name__, bound(1, 2), bound.__self__ is a, bound.__func__ is show)
print(show.__get__(5)(), show.__get__('s', str)('x'))
print(show.__get__(None, A) is show)
print(hasattr(show, '__set__'), hasattr(show, '__get__'), hasattr(show, '__delete__'))

A.show = show
print(a.show(3), A.show(a, 4))
a.show = show
print(a.show(a, 'instance attr: no binding'))
del a.show

lam = lambda self: 'lambda bound to ' + type(self).__name__
A.lam = lam
print(a.lam(), A.lam(a))


class Callable:
    def __call__(self, *args):
        return ('callable instance', len(args))


A.obj = Callable()
print(a.obj(), A.obj(1))

A.builtin = len
print(A.builtin([1, 2, 3]))
try:
    a.builtin()
except TypeError as e:
    print(type(e).__name__, e)

meth = a.show
rebound = meth.__func__.__get__(A(), A)
print(rebound is meth, rebound == meth, rebound.__func__ is meth.__func__)
print(type(A.__dict__['show']).__name__, type(A.show).__name__, type(a.show).__name__)

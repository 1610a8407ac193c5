# Functions stored on instances are not bound; on classes they are.
class A:
    pass


def f(*args):
    return len(args), [type(x).__name__ for x in args]


a = A()
a.f = f
A.g = f
print(a.f(), a.f(1), a.g(), A.g(), A.g(1))
a.g = 'instance attr shadows class function'
print(a.g)
del a.g
print(a.g())
A.s = staticmethod(f)
A.c = classmethod(f)
print(a.s(), a.c(), A.c())
a.bound = A.g.__get__(a)
print(a.bound(), type(a.bound).__name__)
other = A()
a.borrowed = other.g
print(a.borrowed()[1], a.borrowed.__self__ is other)


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n


c = Counter()
inc = c.inc
inc()
inc()
print(c.n)
c.inc = lambda: 'shadowed'
print(c.inc(), inc(), Counter.inc(c))
callbacks = [Counter().inc for _ in range(3)]
print([cb() for cb in callbacks], [cb() for cb in callbacks])

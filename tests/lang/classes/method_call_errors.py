# Error messages for wrong call signatures of methods and constructors.
class A:
    def f(self, x):
        return x

    def g(self):
        return 'g'

    def h(self, a, b=2, *, c):
        return a, b, c

    @staticmethod
    def s(x):
        return x

    @classmethod
    def k(cls, x):
        return x


a = A()


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as e:
        print(label, type(e).__name__, e)


attempt('1', a.f)
attempt('2', a.f, 1, 2)
attempt('3', A.f)
attempt('4', A.f, a)
attempt('5', a.g, 1)
attempt('6', A.g)
attempt('7', a.h, 1)
attempt('8', a.h, 1, 2, 3, c=4)
attempt('9', a.h, c=1)
attempt('10', a.f, y=1)
attempt('11', a.f, 1, x=2)
attempt('12', a.s)
attempt('13', A.s, 1, 2)
attempt('14', a.k)
attempt('15', A.k, 1, 2)
attempt('16', a.h, 1, c=3, d=4)
attempt('17', lambda: type(A()).__name__)
attempt('18', A, 1)
attempt('19', A, x=1)


class WithInit:
    def __init__(self, x, y):
        pass


attempt('20', WithInit)
attempt('21', WithInit, 1, 2, 3)
attempt('22', WithInit, 1, z=2)


class WithNew:
    def __new__(cls, x):
        return object.__new__(cls)


attempt('23', WithNew)
attempt('24', WithNew, 1, 2)


class Both:
    def __new__(cls, *args):
        return object.__new__(cls)


print(type(Both(1, 2, 3)).__name__)
attempt('25', object, 1)
attempt('26', a.f, *[1, 2, 3])

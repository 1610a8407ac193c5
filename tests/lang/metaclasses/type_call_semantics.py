# type.__call__: __init__ runs only when __new__ returns an instance of the class.
class Log(type):
    pass


class A(metaclass=Log):
    def __new__(cls, kind):
        print('A.__new__', kind)
        if kind == 'sub':
            return object.__new__(B)
        if kind == 'other':
            return object.__new__(C)
        if kind == 'none':
            return None
        return object.__new__(cls)

    def __init__(self, kind):
        print('A.__init__ on', type(self).__name__)


class B(A):
    def __init__(self, kind):
        print('B.__init__', kind)


class C:
    def __init__(self, *a):
        print('C.__init__ never runs via A()')


for kind in ['self', 'sub', 'other', 'none']:
    r = A(kind)
    print('->', type(r).__name__)
print(type(type.__call__(A, 'self')).__name__)


class InitCounts:
    inits = 0

    def __init__(self):
        InitCounts.inits += 1


obj = InitCounts()


class ReturnsExisting:
    def __new__(cls):
        return obj

    def __init__(self):
        print('never printed: obj is not a ReturnsExisting')


class Sub(InitCounts):
    def __new__(cls):
        return obj


Sub()
print(InitCounts.inits)
ReturnsExisting()
print(InitCounts.inits)


class Cached:
    _inst = None
    inits = 0

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self):
        Cached.inits += 1


print(Cached() is Cached() is Cached(), Cached.inits)

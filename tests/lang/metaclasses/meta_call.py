# Metaclass __call__: controls instance creation (and __new__/__init__ calls).
class Traced(type):
    def __call__(cls, *args, **kw):
        print('Traced.__call__', cls.__name__, args, kw)
        obj = super().__call__(*args, **kw)
        print('created', type(obj).__name__)
        return obj

class A(metaclass=Traced):
    def __new__(cls, *args, **kw):
        print('A.__new__')
        return super().__new__(cls)

    def __init__(self, x, y=0):
        print('A.__init__', x, y)
        self.x, self.y = x, y

a = A(1, y=2)
print(a.x, a.y)

class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kw):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kw)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print('Config init runs once')
        self.values = {}

class Other(metaclass=Singleton):
    pass

c1, c2 = Config(), Config()
print(c1 is c2, Other() is Other(), Other() is c1)

class NoInstances(type):
    def __call__(cls, *a, **k):
        raise TypeError(f'{cls.__name__} cannot be instantiated')

class Static(metaclass=NoInstances):
    @staticmethod
    def helper():
        return 'helper works'

try:
    Static()
except TypeError as e:
    print(type(e).__name__, e)
print(Static.helper())

class SkipInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj

class Thing(metaclass=SkipInit):
    def __init__(self, *a):
        print('never printed')

t = Thing(1, 2)
print(t.args, type(t).__name__)

class ReturnsOther(type):
    def __call__(cls, *a):
        return [cls.__name__, a]

class R(metaclass=ReturnsOther):
    pass

print(R(5))

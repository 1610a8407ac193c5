# Abstract methods enforced by a metaclass (a tiny abc without the abc module).
def abstract(fn):
    fn.__isabstract__ = True
    return fn


class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        missing = set()
        for base in cls.__mro__:
            for attr, value in vars(base).items():
                if getattr(getattr(cls, attr, None), '__isabstract__', False):
                    missing.add(attr)
        cls.__abstract__ = frozenset(missing)
        return cls

    def __call__(cls, *args, **kw):
        if cls.__abstract__:
            names = ', '.join(sorted(cls.__abstract__))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {names}")
        return super().__call__(*args, **kw)


class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        pass

    @abstract
    def perimeter(self):
        pass

    def describe(self):
        return f'{type(self).__name__}: area={self.area()} perimeter={self.perimeter()}'


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe(), sorted(Square.__abstract__), sorted(Half.__abstract__))
Half.perimeter = lambda self: 0
print(sorted(Half.__abstract__))
try:
    Half()
except TypeError as e:
    print('still cached:', type(e).__name__, e)

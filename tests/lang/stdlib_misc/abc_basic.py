from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod, get_cache_token
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} area={self.area()} perimeter={self.perimeter()}'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError as e:
    print('TypeError:', e)


class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...


print(sorted(WithProp.__abstractmethods__))


class Impl(WithProp):
    @property
    def name(self):
        return 'impl'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def util():
        return 'u'


i = Impl.make()
print(i.name, Impl.util(), isinstance(i, WithProp), issubclass(Impl, ABC))


class Old(metaclass=ABCMeta):
    @abstractproperty
    def p(self):
        ...

    @abstractclassmethod
    def c(cls):
        ...

    @abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__), type(Old).__name__, type(ABC))
try:
    Old()
except TypeError as e:
    print('TypeError:', e)


class Plain(ABC):
    pass


print(type(Plain()).__name__, Plain.__abstractmethods__)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Registered(ABC):
    pass


token = get_cache_token()
Registered.register(int)
print(get_cache_token() != token, isinstance(3, Registered), issubclass(bool, Registered), isinstance('x', Registered))


@Registered.register
class Virtual:
    pass


print(issubclass(Virtual, Registered), Virtual.__name__, Registered in Virtual.__mro__)
try:
    Registered.register('x')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, Registered)
except TypeError as e:
    print('TypeError:', e)


class Later(ABC):
    @abstractmethod
    def go(self):
        ...


class Concrete(Later):
    pass


Concrete.go = lambda self: 'went'
abc.update_abstractmethods(Concrete)
print(Concrete().go())

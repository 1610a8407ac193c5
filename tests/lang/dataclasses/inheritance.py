from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 10

    def total(self):
        return self.x + self.y


@dataclass
class Child(Base):
    z: int = 20
    x: int = 15


c = Child()
print(c, c.total())
print([f.name for f in fields(Child)])
print(Child(1, 2, 3))


class Mixin:
    def describe(self):
        return f'<{type(self).__name__} {self!r}>'


@dataclass
class Mixed(Mixin, Base):
    w: str = 'w'


print(Mixed(1).describe())


try:
    @dataclass
    class Broken(Base):
        q: int
except TypeError as e:
    print('TypeError:', e)


class NotDC(Base):
    extra = 5


@dataclass
class AfterPlain(NotDC):
    k: int = 0


print(AfterPlain(1, 2, 3), AfterPlain.extra)


@dataclass
class Animal:
    name: str
    sound: str = '...'

    def speak(self):
        return f'{self.name} says {self.sound}'


@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: list = field(default_factory=list)

    def __post_init__(self):
        self.tricks.append('sit')


d = Dog('rex')
print(d, d.speak())
print(isinstance(d, Animal), Dog.__mro__[1].__name__)


@dataclass
class Overrides:
    a: int

    def __repr__(self):
        return 'custom'

    def __eq__(self, other):
        return 'eq!'


o = Overrides(1)
print(repr(o), o == 5)


@dataclass(repr=False)
class Sub2(Overrides):
    b: int = 2


print(repr(Sub2(1)), Sub2(1) == Sub2(1))


class ClassAttrDefault:
    v = 7


@dataclass
class FromBaseAttr(ClassAttrDefault):
    v: int


print(FromBaseAttr(), FromBaseAttr(1))

from enum import Enum, IntEnum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))
print(Planet.EARTH.mass, Planet((5.976e+24, 6.37814e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

    @staticmethod
    def helper():
        return 'static'


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY), Mood.helper())
print(list(Mood))


class Ordered(Enum):
    LOW = 1
    MID = 2
    HIGH = 3

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(Ordered.LOW < Ordered.HIGH, sorted([Ordered.HIGH, Ordered.LOW, Ordered.MID]))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')


print(Coordinate.PY, Coordinate(1), Coordinate.PX.label, Coordinate.PY.unit)


class Lookup(Enum):
    A = 'a'
    B = 'b'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Lookup('A'), Lookup('b'))
try:
    Lookup('c')
except ValueError as e:
    print('ValueError:', e)


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    BadMissing(2)
except TypeError as e:
    print('TypeError:', e)


class Priority(IntEnum):
    LOW = 1
    HIGH = 2

    def bump(self):
        return Priority(min(self + 1, 2))


print(Priority.LOW.bump(), Priority.HIGH.bump())


class WithIgnore(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1


print(list(WithIgnore), hasattr(WithIgnore, 'tmp'))


class Config(Enum):
    DEV = 'dev'
    PROD = 'prod'
    DEFAULT_TIMEOUT = 30

    @property
    def is_prod(self):
        return self is Config.PROD


print(Config.PROD.is_prod, Config.DEV.is_prod, len(Config))

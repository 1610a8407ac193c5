from enum import Enum, auto, StrEnum, Flag


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()


print([(d.name, d.value) for d in Weekday])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()


print(list(Named), Named('beta1'))


class Lower(StrEnum):
    GET = auto()
    POST = auto()
    PUT = 'put!'


print(list(Lower), Lower.GET == 'get', Lower.POST.upper(), str(Lower.PUT), f'{Lower.GET}')
print(isinstance(Lower.GET, str), Lower('post'), len(Lower.GET))


class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = auto()


print([b.value for b in Bits])

try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 0
except TypeError as e:
    print('TypeError:', e)

print(repr(auto()))

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, Animal.__name__)
Animal2 = Enum('Animal2', 'ANT, BEE', start=10)
print(list(Animal2))
Pairs = Enum('Pairs', [('ONE', 1), ('TWO', 2)])
print(Pairs(2), list(Pairs))
FromDict = Enum('FromDict', {'X': 'x', 'Y': 'y'})
print(FromDict.X, FromDict('y'))
IntBased = Enum('IntBased', 'A B', type=int)
print(IntBased.A + 1, isinstance(IntBased.B, int))

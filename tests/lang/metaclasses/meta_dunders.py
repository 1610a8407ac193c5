# Operator dunders on a metaclass apply to the classes themselves.
class Seq(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items

    def __or__(cls, other):
        return type(cls.__name__ + 'Or' + other.__name__, (), {'items': cls.items + other.items})

    def __repr__(cls):
        return f'<Seq {cls.__name__} {cls.items}>'

    def __bool__(cls):
        return bool(cls.items)

    def __call__(cls, *a):
        return f'called {cls.__name__} with {a}'

    def __eq__(cls, other):
        return isinstance(other, Seq) and cls.items == other.items

    __hash__ = type.__hash__


class Colors(metaclass=Seq):
    items = ['red', 'green']


class More(metaclass=Seq):
    items = ['blue']


class Empty(metaclass=Seq):
    items = []


print(len(Colors), list(Colors), Colors[1], 'red' in Colors, 'x' in Colors)
print(repr(Colors), str(More), f'{Empty}', bool(Colors), bool(Empty))
U = Colors | More
print(U.__name__, U.items, type(U).__name__)
print(Colors(1, 2), sorted(Colors), [c.upper() for c in Colors])
print(Colors == More, Colors == type('X', (), {}), {Colors: 1}[Colors])


class Ordered(type):
    def __lt__(cls, other):
        return cls.rank < other.rank


class Low(metaclass=Ordered):
    rank = 1


class High(metaclass=Ordered):
    rank = 2


print(Low < High, High < Low, [c.__name__ for c in sorted([High, Low])])
try:
    Low + High
except TypeError as e:
    print(type(e).__name__, e)
try:
    int < str
except TypeError as e:
    print(type(e).__name__, e)

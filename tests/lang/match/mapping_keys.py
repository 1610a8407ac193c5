# Mapping keys that are value patterns (dotted names) are evaluated at run
# time; duplicates among them are a ValueError when reached.


class K:
    A = "a"
    B = "b"
    ALSO_A = "a"
    ONE = 1


def lookup(m):
    match m:
        case {K.A: a, K.B: b}:
            return ("both", a, b)
        case {K.A: a, **rest}:
            return ("a", a, rest)
        case {K.ONE: one}:
            return ("one", one)
        case _:
            return "none"


for m in [{"a": 1, "b": 2}, {"a": 1, "c": 3}, {1: "x"}, {True: "t"}, {}]:
    print(m, lookup(m))

try:
    match {"a": 1, "x": 2}:
        case {K.A: _, K.ALSO_A: _}:
            print("wrong")
except ValueError as e:
    print("ValueError:", e)

# A literal and a value key that are equal.
try:
    match {"a": 1, "b": 2}:
        case {"a": _, K.ALSO_A: _}:
            print("wrong")
except ValueError as e:
    print("ValueError:", e)

# The duplicate is only found when reached: a missing key stops first.
match {"z": 1, "w": 2}:
    case {"q": _, K.A: _, K.ALSO_A: _}:
        print("wrong")
    case _:
        print("missing key found before the duplicate")

# The length check comes before any key is looked at.
match {"a": 1}:
    case {K.A: _, K.ALSO_A: _}:
        print("wrong")
    case _:
        print("too short to check keys")

# Unhashable keys raise TypeError.
class U:
    KEY = [1]


try:
    match {"a": 1}:
        case {U.KEY: _}:
            pass
except TypeError as e:
    print("TypeError:", e)


# Keys use the key's __hash__/__eq__.
class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"


class Keys:
    X = Key("x")
    X2 = Key("x")


match {Key("x"): 10}:
    case {Keys.X: v}:
        print("custom key ->", v)
try:
    match {Key("x"): 10, Key("y"): 20}:
        case {Keys.X: _, Keys.X2: _}:
            pass
except ValueError as e:
    print("ValueError:", e)

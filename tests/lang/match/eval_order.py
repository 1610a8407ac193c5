# The order of checks and calls during matching, traced.


class Traced:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __eq__(self, other):
        print(f"  {self.name} == {other!r}")
        return self.value == other

    __hash__ = None


class Box:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self._a = a
        self._b = b

    @property
    def a(self):
        print("  get a")
        return self._a

    @property
    def b(self):
        print("  get b")
        return self._b


class Values:
    @property
    def ONE(self):
        print("  load ONE")
        return 1

    @property
    def TWO(self):
        print("  load TWO")
        return 2


V = Values()

print("class pattern: attributes fetched, then sub-patterns matched")
match Box(Traced("x", 1), Traced("y", 2)):
    case Box(V.ONE, V.TWO):
        print("  -> matched")

print("first sub-pattern fails: second attribute already fetched")
match Box(Traced("x", 5), Traced("y", 2)):
    case Box(V.ONE, V.TWO):
        print("  wrong")
    case _:
        print("  -> no match")

print("sequence: items compared left to right")
match [Traced("p", 1), Traced("q", 9), Traced("r", 3)]:
    case [1, 2, 3]:
        print("  wrong")
    case [1, _, 3]:
        print("  -> wildcard skips q")

print("mapping: all values fetched, then matched in key order")
match {"k1": Traced("v1", 1), "k2": Traced("v2", 2)}:
    case {"k2": V.TWO, "k1": V.ONE}:
        print("  -> matched")

print("or-pattern: alternatives in order, subject compared each time")
match Traced("o", 3):
    case V.ONE | V.TWO | 3:
        print("  -> third alternative")

print("guard after captures")
match Box(1, 2):
    case Box(a, b) if print("  guard sees", a, b) is None:
        print("  -> guarded case")

# Value patterns: dotted names, compared with ==.
import math


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Codes:
    class HTTP:
        OK = 200
        NOT_FOUND = 404


def describe(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case Codes.HTTP.OK:
            return "http ok"
        case Codes.HTTP.NOT_FOUND:
            return "http not found"
        case math.pi:
            return "pi"
        case _:
            return "unknown"


for c in ["red", "green", "blue", 200, 404, math.pi, 3.14, "yellow"]:
    print(repr(c), describe(c))


# The value is looked up each time the pattern runs.
class Config:
    LIMIT = 10


def check(v):
    match v:
        case Config.LIMIT:
            return "at limit"
        case _:
            return "not at limit"


print(check(10))
Config.LIMIT = 20
print(check(10), check(20))


# __eq__ of the subject decides (subject == value).
class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Loud({self.v}) == {other!r}")
        return self.v == other


match Loud(2):
    case Color.RED:
        print("wrong")
    case Codes.HTTP.OK:
        print("wrong")
    case _:
        print("no value matched")


class Obj:
    attr = 5


o = Obj()
match 5:
    case o.attr:
        print("instance attribute as value")

# A property is evaluated when the pattern is tried.
class P:
    @property
    def value(self):
        print("  property read")
        return 7


p = P()
match 1:
    case 0:
        pass
    case p.value:
        print("wrong")
    case _:
        print("property was consulted")

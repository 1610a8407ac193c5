# Positional sub-patterns use __match_args__, written by hand as dataclasses
# would generate it.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"point on the x axis at {x}"
        case Point(x, y=5):
            return f"point at height five, x={x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1} from {y1} to {y2}"
        case Line(start, Point(0, 0)):
            return "line to the origin"
        case Line(_, _):
            return "some line"
        case Circle(Point(cx, cy), r) if r > 0:
            return f"circle at {cx},{cy} radius {r}"
        case Circle(radius=0):
            return "degenerate circle"
        case _:
            return "unknown"


shapes = [Point(0, 0), Point(4, 0), Point(1, 5), Point(2, 3),
          Line(Point(1, 0), Point(1, 9)), Line(Point(3, 4), Point(0, 0)),
          Line(Point(1, 2), Point(3, 4)), Circle(Point(1, 1), 2),
          Circle(Point(0, 0), 0), "text"]
for s in shapes:
    print(describe(s))

# Fewer positional patterns than __match_args__ is fine.
match Circle(Point(1, 2), 3):
    case Circle(c):
        print("center only", c.x, c.y)


# __match_args__ may name properties and be inherited or overridden.
class Temp:
    __match_args__ = ("celsius", "fahrenheit")

    def __init__(self, c):
        self.celsius = c

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


match Temp(100):
    case Temp(c, f):
        print(c, f)


class Pair:
    __match_args__ = ("first", "second")

    def __init__(self, a, b):
        self.first = a
        self.second = b


class Swapped(Pair):
    __match_args__ = ("second", "first")


class Inherits(Pair):
    pass


match Swapped(1, 2):
    case Swapped(a, b):
        print("swapped", a, b)
match Inherits(1, 2):
    case Inherits(a, b):
        print("inherited", a, b)
match Swapped(1, 2):
    case Pair(a, b):
        print("the pattern's class names the attributes:", a, b)

# __match_args__ can be looked up from the metaclass or set later.
class Late:
    def __init__(self):
        self.v = "late"


Late.__match_args__ = ("v",)
match Late():
    case Late(v):
        print(v)

# An empty __match_args__ tuple allows only keyword patterns.
class NoPositional:
    __match_args__ = ()
    k = "kw"


match NoPositional():
    case NoPositional(k=k):
        print("keyword only", k)

# Class patterns with keyword sub-patterns: isinstance, then getattr.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(z=0):
            return "3d on the plane"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return "on the diagonal"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(0, 0, 5), (0, 0), None]:
    print(p, "->", where(p))

# Missing attributes mean no match, not an error.
class Partial:
    pass


obj = Partial()
obj.x = 1
match obj:
    case Partial(x=1, y=_):
        print("wrong")
    case Partial(x=1):
        print("only x")


# Properties and __getattr__ are used.
class Computed:
    @property
    def area(self):
        print("  computing area")
        return 12

    def __getattr__(self, name):
        if name == "dynamic":
            return "from __getattr__"
        raise AttributeError(name)


match Computed():
    case Computed(area=a, dynamic=d):
        print(a, d)
match Computed():
    case Computed(missing=_):
        print("wrong")
    case Computed():
        print("missing attribute via __getattr__ means no match")


# An error other than AttributeError propagates.
class Broken:
    @property
    def boom(self):
        raise KeyError("boom")


try:
    match Broken():
        case Broken(boom=_):
            pass
except KeyError as e:
    print("KeyError propagated:", e)

# Attributes are fetched in order and stop at the first missing one.
class Traced:
    def __getattribute__(self, name):
        print("  getattr", name)
        if name == "c":
            raise AttributeError(name)
        return name.upper()


match Traced():
    case Traced(a="A", b=b, c=c, d=d):
        print("wrong")
    case Traced(a=a, b="B", d=d):
        print("matched", a, d)

# Class patterns on builtin types with keywords.
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)
match "text":
    case str(upper=u):
        print("bound method attribute:", u())

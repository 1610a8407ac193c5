# AS patterns bind the value matched by the inner pattern.

def f(v):
    match v:
        case [1, 2] as pair:
            return ("pair", pair)
        case (1 | 2 | 3) as small:
            return ("small", small)
        case [("x" | "y") as axis, int() as n]:
            return ("axis", axis, n)
        case {"k": [_, _] as two} as whole:
            return ("two", two, whole)
        case str() as s:
            return ("str", s)
        case ((a, b) as inner) as outer:
            return ("nested as", a, b, inner, outer)
        case _:
            return "no"


for v in [[1, 2], 2, ["x", 5], ["z", 5], {"k": (1, 2)}, "s", (7, 8), 4.5]:
    print(repr(v), f(v))

# The captured value is the subject itself, not a copy.
lst = [1, 2]
match lst:
    case [_, _] as same:
        print(same is lst)

# `as` on a class pattern.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


match Point(1, 2):
    case Point(x=1) as p:
        print("point", p.x, p.y)

# Group and OR patterns.


def kind(x):
    match x:
        case (0):
            return "zero in parens"
        case 1 | 2 | 3:
            return "small"
        case "a" | "b" | ("c" | "d"):
            return "letter"
        case [1, (2 | 3)] | (4, 5):
            return "sequence alternative"
        case None | True | False:
            return "singleton"
        case _:
            return "other"


for v in [0, 1, 3, 4, "a", "d", "e", [1, 2], (1, 3), [4, 5], [1, 4], None, True]:
    print(repr(v), kind(v))


# Alternatives that capture must bind the same names; any order works.
def pairs(v):
    match v:
        case (x, 0) | (0, x):
            return f"one zero, other {x}"
        case [x, y] | {"x": x, "y": y} | (y, x, _):
            return f"x={x} y={y}"
        case _:
            return "no"


for v in [(5, 0), (0, 6), [1, 2], {"x": 3, "y": 4, "z": 0}, (7, 8, 9), "no"]:
    print(repr(v), pairs(v))


# Alternatives are tried left to right and stop at the first match.
class Tracer:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  compare", self.name, "with", other)
        return other == 2


t = Tracer("t")
match t:
    case 1 | 2 | 3:
        print("matched via ==")

# Nested OR inside OR with captures.
match [3, [4, 5]]:
    case [a, [b, c] | (b, c, _)] | [a, b, c]:
        print("nested", a, b, c)

# An OR whose last alternative is irrefutable is fine in the last case.
match 99:
    case 1 | _:
        print("irrefutable last alternative")
match 99:
    case (1 as other) | other:
        print("both alternatives bind", other)

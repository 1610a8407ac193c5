# Names are bound in pattern order once the whole pattern matched; a class
# body whose namespace logs assignments shows the order.


class Log(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  bind", key, "=", repr(value))
        dict.__setitem__(self, key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Log()


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Body(metaclass=Meta):
    print("mapping with rest")
    match {"a": 1, "b": 2, "c": 3}:
        case {"a": a, **rest}:
            pass
    print("sequence with a literal between captures, and as")
    match [1, 0, 2]:
        case [p, 0, q] as whole:
            pass
    print("or-patterns: first alternative")
    match (1, 2):
        case (u, v) | [v, u]:
            pass
    print("or-patterns: second alternative")
    match [5, (6, 7)]:
        case [m, (0, n)] | [n, (m, 7)]:
            pass
    print("nested or inside a sequence, then a star")
    match [3, [4, 5], 6, 7]:
        case [aa, [bb, 5] | [5, bb], *cc]:
            pass
    print("class pattern, positional then keyword")
    match Point(1, Point(2, 3)):
        case Point(px, Point(y=iy, x=ix)):
            pass
    print("failing pattern binds nothing")
    match [1, 2]:
        case [never, 3]:
            pass
        case [first, *others]:
            pass
    print("guard failure keeps the bindings")
    match (8, 9):
        case (g1, g2) if g1 > g2:
            pass
        case _:
            pass

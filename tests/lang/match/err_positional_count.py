# More positional sub-patterns than __match_args__ names.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


print("before")
match Point(1, 2):
    case Point(1, 2, 3):
        print("unreachable")

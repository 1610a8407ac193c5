# __match_args__ holding something other than a string.
class Weird:
    __match_args__ = ("ok", 42)
    ok = 1


match Weird():
    case Weird(1, 2):
        print("unreachable")

# An uncaught TypeError from a class pattern whose class is not a type.
class Handlers:
    point = "not a class"


print("before")
match (1, 2):
    case Handlers.point():
        print("unreachable")

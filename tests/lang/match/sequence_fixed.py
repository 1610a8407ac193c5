# Fixed-length sequence patterns over lists, tuples and other sequences.


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case (x, y, z):
            return f"three: {x!r}, {y!r}, {z!r}"
        case [[a, b], [c, d]]:
            return f"2x2: {a} {b} {c} {d}"
        case [_, _, _, _]:
            return "four of anything"
        case _:
            return "not a short sequence"


values = [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], ((1, 2), (3, 4)),
          [[1, 2], [3, 4]], [1, 2, 3, 4], [1, 2, 3, 4, 5], range(2), range(3, 6),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 12, None]
for v in values:
    print(repr(v), "->", shape(v))

# [] and () are the same pattern: any empty sequence.
for v in [[], (), range(0)]:
    match v:
        case ():
            print(repr(v), "matches ()")

# Strings are never sequences for patterns, whatever their length.
for s in ["", "a", "xyz"]:
    match s:
        case [*chars]:
            print("wrong", chars)
        case str():
            print(repr(s), "is a str, not a sequence")

# Nested literal checks inside sequences.
def command(v):
    match v:
        case ("move", x, y):
            return f"move to {x},{y}"
        case ["say", str() as msg]:
            return f"say {msg}"
        case ["quit"]:
            return "quit"
        case _:
            return "?"


for v in [("move", 1, 2), ["say", "hi"], ["say", 3], ["quit"], ["quit", "now"]]:
    print(v, command(v))

# Sequence items are matched left to right and stop at the first failure.
class Item:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print(f"  Item({self.n}) == {other}")
        return self.n == other


match [Item(1), Item(2), Item(3)]:
    case [1, 5, 3]:
        print("wrong")
    case [1, 2, 3]:
        print("all three compared")

# Iterators are not sequences.
print(shape(iter([1, 2])) == "not a short sequence")

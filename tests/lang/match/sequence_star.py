# Star patterns capture the rest of a sequence as a list, in any position.


def parts(v):
    match v:
        case [*only]:
            return ("only", only)


def parts2(v):
    match v:
        case [first, *rest]:
            return ("first/rest", first, rest)
        case _:
            return "too short"


def parts3(v):
    match v:
        case [*init, last]:
            return ("init/last", init, last)
        case _:
            return "too short"


def parts4(v):
    match v:
        case [a, *mid, b, c]:
            return ("a/mid/b/c", a, mid, b, c)
        case _:
            return "too short"


for v in [[], [1], (1, 2), [1, 2, 3], range(5), (1, 2, 3, 4, 5, 6)]:
    print(repr(v), parts(v), parts2(v), parts3(v), parts4(v))


# *_ ignores the rest without building a list.
def ends(v):
    match v:
        case [*_]:
            pass
    match v:
        case [x, *_, y]:
            return (x, y)
        case [x, *_]:
            return (x,)
        case _:
            return ()


for v in [[], [1], [1, 2], [1, 2, 3, 4]]:
    print(repr(v), ends(v))

# A starred capture is always a list, even for tuples and ranges.
match (1, 2, 3):
    case (1, *rest):
        print(type(rest).__name__, rest)
match range(10, 15):
    case [*head, 13, 14]:
        print(type(head).__name__, head)

# Nested stars.
match [[1, 2, 3], [4], []]:
    case [[a, *b], [*c], [*d]]:
        print(a, b, c, d)

# Star with literal checks after it.
for v in [[1, 2, 0], [1, 2, 3], [0]]:
    match v:
        case [*xs, 0]:
            print(v, "ends in zero after", xs)
        case _:
            print(v, "does not end in zero")

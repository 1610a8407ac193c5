# Capture patterns bind the subject; `_` matches anything and binds nothing.

match 42:
    case x:
        print("captured", x)
print("x after the match:", x)

_ = "untouched"
match "value":
    case _:
        print("wildcard matched")
print("_ is still", _)


def f(v):
    match v:
        case [first, _, third]:
            return first, third
        case [_, _]:
            return "two items"
        case other:
            return ("other", other)


print(f([1, 2, 3]))
print(f((4, 5)))
print(f("abc"))
print(f(None))

# The subject is evaluated exactly once.
calls = []


def subject():
    calls.append(1)
    return (1, 2)


match subject():
    case (1, 3):
        print("wrong")
    case (2, _):
        print("wrong")
    case (a, b):
        print("subject evaluated", len(calls), "time(s):", a, b)

# A capture rebinds an existing name.
y = "old"
match "new":
    case y:
        pass
print("y =", y)

# Capture inside a function is a local variable.
def local_capture():
    match 5:
        case n:
            pass
    return n


print(local_capture())
print("n" in globals())

# Match subject can be any expression, including a tuple without parens.
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")

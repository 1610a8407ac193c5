# bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and
# tuple take one positional sub-pattern that matches the subject itself.


def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([x, *_]):
            return f"non-empty list starting {x}"
        case list(l):
            return f"list {l}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict of {len(d)}"
        case frozenset(fs):
            return f"frozenset of {len(fs)}"
        case set(s):
            return f"set {sorted(s)}"
        case _:
            return "other"


for v in [True, False, 0, 7, 2.5, "", b"", "hi", b"hi", bytearray(b"x"),
          [1, 2], [], (1, 2), (1, 2, 3), {"k": 1}, {"a": 1, "b": 2},
          frozenset({1}), {3, 1, 2}, None, 1j]:
    print(repr(v), "->", kind(v))


# Subclasses of these builtins inherit the behaviour...
class MyInt(int):
    pass


class MyStr(str):
    pass


match MyInt(5):
    case MyInt(x):
        print("MyInt self", x, type(x).__name__)
match MyStr("s"):
    case str(x):
        print("MyStr as str", x, type(x).__name__)


# ...unless they define __match_args__.
class Celsius(float):
    __match_args__ = ("real", "imag")


match Celsius(21.5):
    case Celsius(r, i):
        print("real/imag", r, i)

# The whole subject also binds through keyword patterns on attributes.
match 10:
    case int(real=r, imag=i):
        print("int attributes", r, i)
match 4:
    case int(x, real=r):
        print("self and keyword", x, r)

# Only one positional sub-pattern is accepted.
try:
    match 1:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)

# complex, range and other builtins do not match self.
try:
    match 1j:
        case complex(c):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match range(3):
        case range(r):
            pass
except TypeError as e:
    print("TypeError:", e)

# object() itself: zero positional sub-patterns.
match object():
    case object():
        print("anything is an object")
try:
    match object():
        case object(x):
            pass
except TypeError as e:
    print("TypeError:", e)

# Literal patterns: numbers, strings, bytes, negative and complex numbers,
# and the singletons None/True/False, which compare with `is`.


def classify(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case 1j:
            return "i"
        case -2j:
            return "minus 2i"
        case 3 + 4j:
            return "3+4i"
        case -3 - 4j:
            return "-3-4i"
        case 0x10:
            return "sixteen"
        case 1_000_000:
            return "a million"
        case "":
            return "empty str"
        case "spam":
            return "spam"
        case "multi" "part":
            return "concatenated"
        case b"bytes":
            return "bytes literal"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"


values = [0, 1, -1, 2.5, -0.5, 1j, -2j, 3 + 4j, -3 - 4j, 16, 1000000, "",
          "spam", "multipart", b"bytes", None, True, False, 0.0, 1.0, -0.0,
          complex(1, 0), "bytes", bytearray(b"bytes"), [], 7, "eggs"]
for v in values:
    print(repr(v), "->", classify(v))


# True and False match only themselves (identity); 1 == True does not count.
def singleton(x):
    match x:
        case True:
            return "is True"
        case False:
            return "is False"
        case None:
            return "is None"
    return "not a singleton"


for v in [True, False, None, 1, 0, 1.0, "", [], ()]:
    print(repr(v), singleton(v))


# Literal patterns compare with ==, so custom __eq__ is consulted.
class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True


match AlwaysEqual():
    case 42:
        print("matched 42")


class NeverEqual:
    def __eq__(self, other):
        return False


match NeverEqual():
    case 42:
        print("wrong")
    case None:
        print("wrong")
    case _:
        print("never equal falls through")

# NaN never equals itself, but float('nan') literals cannot be written.
match float("nan"):
    case 1.5:
        print("wrong")
    case _:
        print("nan matches no literal")

# Big ints and floats.
match 2 ** 100:
    case 1267650600228229401496703205376:
        print("big int literal")
match 10 ** 20:
    case 1e20:
        print("int equals float literal")

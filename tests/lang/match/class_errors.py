# Class pattern errors raise TypeError with CPython's messages.


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)


class NoArgs:
    pass


class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


class BadList:
    __match_args__ = ["a"]
    a = 1


class BadElement:
    __match_args__ = ("a", 2)
    a = 1


class BadElementLate:
    __match_args__ = ("a", 2)


def not_a_type():
    Fake = 42
    match 1:
        case Fake():
            return "wrong"


def not_a_type_instance():
    fn = len
    match 1:
        case fn():
            return "wrong"


def too_many_none():
    match NoArgs():
        case NoArgs(1):
            return "wrong"


def too_many_two():
    match TwoArgs():
        case TwoArgs(1, 2, 3):
            return "wrong"


def not_tuple():
    match BadList():
        case BadList(1):
            return "wrong"


def bad_element():
    match BadElement():
        case BadElement(1, 2):
            return "wrong"


def bad_element_after_failed_attr():
    # The first attribute is missing: no match before the bad element.
    match BadElementLate():
        case BadElementLate(1, 2):
            return "wrong"
    return "no match"


def duplicate_attr():
    match TwoArgs():
        case TwoArgs(1, a=1):
            return "wrong"


def wrong_type_first():
    # isinstance fails first, so __match_args__ is never checked.
    match 5:
        case BadList(1):
            return "wrong"
    return "no match, no error"


def zero_given_ok():
    match NoArgs():
        case NoArgs():
            return "keyword-free match"


attempt("not a type", not_a_type)
attempt("builtin function", not_a_type_instance)
attempt("NoArgs(1)", too_many_none)
attempt("TwoArgs(1, 2, 3)", too_many_two)
attempt("list __match_args__", not_tuple)
attempt("int in __match_args__", bad_element)
attempt("missing first attribute", bad_element_after_failed_attr)
attempt("positional and keyword a", duplicate_attr)
attempt("isinstance first", wrong_type_first)
attempt("NoArgs()", zero_given_ok)


# A class whose __match_args__ property raises propagates the error.
class Meta(type):
    @property
    def __match_args__(cls):
        raise RuntimeError("no match args today")


class Moody(metaclass=Meta):
    pass


try:
    match Moody():
        case Moody(x):
            pass
except RuntimeError as e:
    print("RuntimeError:", e)

# Errors in earlier cases stop the match statement.
try:
    match 1:
        case TwoArgs(1, 2, 3) | 1:
            print("matched the literal alternative")
except TypeError as e:
    print("isinstance fails first, so no error here")
else:
    print("1 matched the second alternative")

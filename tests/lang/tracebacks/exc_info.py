# sys.exc_info() and sys.exception() inside and outside handlers.
import sys


def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else t, repr(v),
          type(tb).__name__, sys.exception() is v)
    if tb is not None:
        print("  ", tb is v.__traceback__, tb.tb_lineno, tb.tb_frame.f_code.co_name)


show("outside")
try:
    raise ValueError("one")
except ValueError:
    show("handler")
    try:
        raise KeyError("two")
    except KeyError:
        show("nested")
    show("back")
show("after")


def in_function():
    try:
        raise TypeError("three")
    except TypeError:
        show("function")


in_function()
show("after function")

try:
    try:
        raise IndexError("four")
    finally:
        show("finally")
except IndexError:
    pass


def gen():
    try:
        raise OSError("five")
    except OSError:
        yield 1
        show("generator resumed")
    yield 2


g = gen()
next(g)
show("between")
next(g)
show("end")

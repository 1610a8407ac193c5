# format_exception_only: `Type: message`, qualified names for classes
# outside builtins/__main__, notes, SyntaxError's location lines.
import traceback


class Plain(Exception):
    pass


class Outer:
    class Nested(Exception):
        pass


print(traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception_only(ValueError("v"), ValueError("w")))
print(traceback.format_exception_only(Plain()))
print(traceback.format_exception_only(Outer.Nested("n")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(KeyError()))
print(traceback.format_exception_only(OSError(2, "No such file", "f.txt")))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(Exception("multi\nline")))

Plain.__module__ = "pkg.mod"
print(traceback.format_exception_only(Plain("moved")))
Plain.__module__ = 42
print(traceback.format_exception_only(Plain("odd module")))

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nspans lines")
print(traceback.format_exception_only(e))
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e.__notes__ = 7
print(traceback.format_exception_only(e))


class BadNote:
    def __str__(self):
        raise ValueError


e.__notes__ = [BadNote()]
print(traceback.format_exception_only(e))

s = SyntaxError("invalid syntax", ("prog.py", 3, 9, "    x = = 1\n"))
print(traceback.format_exception_only(s))
s = SyntaxError("bad", ("prog.py", 1, 1, "oops\n", 1, 5))
print(traceback.format_exception_only(s))
s = SyntaxError("no location")
print(traceback.format_exception_only(s))
s = SyntaxError("", (None, 2, None, None))
print(traceback.format_exception_only(s))
print(traceback.format_exception_only(IndentationError("unexpected indent", ("f.py", 2, 5, "    pass\n"))))

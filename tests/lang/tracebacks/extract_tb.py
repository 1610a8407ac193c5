# extract_tb gives a StackSummary of FrameSummary entries: attributes,
# tuple behaviour, repr, equality, format_list, from_list, limits.
import sys
import traceback


class RelativeStdout:
    """Tracebacks name this script by its absolute path: print it relative."""

    def __init__(self, stream):
        self.stream = stream
        self.here = __file__.rpartition("/")[0] + "/"

    def write(self, text):
        return self.stream.write(text.replace(self.here, ""))

    def flush(self):
        self.stream.flush()


sys.stdout = RelativeStdout(sys.stdout)


def a():
    b()


def b():
    c()


def c():
    raise LookupError("c")


try:
    a()
except LookupError as e:
    tb = e.__traceback__

stack = traceback.extract_tb(tb)
print(type(stack).__name__, isinstance(stack, list), len(stack))
for fs in stack:
    print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs.locals)
    print(repr(fs), len(fs), fs[0], fs[-1], list(fs))
    filename, lineno, name, line = fs
    print(fs == (filename, lineno, name, line), fs == (filename, lineno, name, "x"))

first = stack[0]
print(first == traceback.FrameSummary(first.filename, first.lineno, first.name))
print(first == traceback.FrameSummary(first.filename, first.lineno + 1, first.name))
print(first != 5)

print(traceback.format_list(stack))
print(stack.format() == traceback.format_list(stack))
print(traceback.format_tb(tb) == traceback.format_list(stack))

print([fs.name for fs in traceback.extract_tb(tb, limit=2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=0)])
print(traceback.extract_tb(None))

custom = traceback.StackSummary.from_list([
    ("made_up.py", 3, "func", "return x"),
    traceback.FrameSummary("other.py", 10, "meth", line="  self.go()  "),
    ("no_line.py", 7, "f", None),
])
print(traceback.format_list(custom), end="")
print("".join(custom.format()), end="")
print([fs.line for fs in custom])

fs = traceback.FrameSummary("x.py", 1, "f", lookup_line=False, locals={"a": 1, "b": "two"})
print(fs.locals, fs.line)
print(traceback.StackSummary.from_list([fs]).format())

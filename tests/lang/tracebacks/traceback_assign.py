# __traceback__ is settable to a traceback or None; tb_next is settable
# and refuses loops; traceback objects can be built from a frame.
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


def fail(msg):
    raise ValueError(msg)


def caught(msg):
    try:
        fail(msg)
    except ValueError as e:
        return e


a = caught("a")
b = caught("b")
print(a.__traceback__ is not None, b.__traceback__ is not a.__traceback__)

b.__traceback__ = a.__traceback__
print(b.__traceback__ is a.__traceback__)
print(traceback.format_exception(b))

b.__traceback__ = None
print(b.__traceback__, traceback.format_exception(b))

for bad in (1, "tb", a):
    try:
        b.__traceback__ = bad
    except TypeError as e:
        print(e)
try:
    del b.__traceback__
except TypeError as e:
    print(e)

tb = a.__traceback__
inner = tb.tb_next
print(inner.tb_frame.f_code.co_name, inner.tb_next)
try:
    inner.tb_next = tb
except ValueError as e:
    print(e)
try:
    inner.tb_next = 3
except TypeError as e:
    print(e)
try:
    del inner.tb_next
except TypeError as e:
    print(e)

# Cutting the chain changes what is printed.
tb.tb_next = None
print(traceback.format_tb(a.__traceback__))
tb.tb_next = inner
print(len(traceback.extract_tb(a.__traceback__)))

TracebackType = type(tb)
print(TracebackType.__name__, TracebackType)
made = TracebackType(None, inner.tb_frame, inner.tb_lasti, 99)
print(made.tb_lineno, made.tb_frame is inner.tb_frame, made.tb_next)
try:
    TracebackType(None, None, 0, 1)
except TypeError as e:
    print(e)
try:
    type(inner.tb_frame)()
except TypeError as e:
    print(e)

# An assigned traceback is printed by the uncaught-exception printer too.
e = RuntimeError("assigned")
e.__traceback__ = inner
try:
    raise e
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

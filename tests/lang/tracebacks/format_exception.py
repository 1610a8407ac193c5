# traceback.format_exception: one exception, or (type, value, tb); limit
# and chain; print_exception with the same signatures.
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


def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    exc = e

one = traceback.format_exception(exc)
three = traceback.format_exception(type(exc), exc, exc.__traceback__)
print(one == three, len(one))
print("".join(one), end="")
print(traceback.format_exception(exc, limit=1))
print(traceback.format_exception(exc, limit=-1))
print(traceback.format_exception(exc, limit=0))
print(traceback.format_exception(type(exc), exc, None))
print(traceback.format_exception(None, exc, None))
print(traceback.format_exception(ValueError, exc, exc.__traceback__, 2, True) == one)

try:
    traceback.format_exception(exc, exc)
except ValueError as err:
    print(err)
try:
    traceback.format_exception(exc, tb=None)
except ValueError as err:
    print(err)
try:
    traceback.format_exception(42)
except TypeError as err:
    print(err)
print(traceback.format_exception(None))

traceback.print_exception(exc, file=sys.stdout)
traceback.print_exception(type(exc), exc, exc.__traceback__, limit=1, file=sys.stdout)
traceback.print_exception(exc, limit=-1, file=sys.stdout, chain=False)

try:
    try:
        outer()
    except ValueError:
        raise TypeError("while handling")
except TypeError as e:
    chained = e
print("".join(traceback.format_exception(chained, chain=False)), end="")
print(len(traceback.format_exception(chained)), len(traceback.format_exception(chained, chain=False)))

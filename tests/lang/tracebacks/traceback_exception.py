# TracebackException: capture once, format later; its stack, chain links,
# str and equality.
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


def fail(x):
    raise ValueError(f"bad value {x}")


def convert(x):
    try:
        fail(x)
    except ValueError as e:
        raise TypeError("conversion failed") from e


try:
    convert(5)
except TypeError as e:
    te = traceback.TracebackException.from_exception(e)
    same = traceback.TracebackException(type(e), e, e.__traceback__)
    exc = e

print(te.exc_type.__name__, str(te), te == same)
print([fs.name for fs in te.stack])
print(te.__cause__.exc_type.__name__, str(te.__cause__), te.__context__ is not None)
print([fs.name for fs in te.__cause__.stack])
print(te.__suppress_context__, te.__cause__.__cause__)
print("".join(te.format()), end="")
print("".join(te.format(chain=False)), end="")
print(list(te.format_exception_only()))

compact = traceback.TracebackException.from_exception(exc, compact=True)
print(compact.__context__)

limited = traceback.TracebackException.from_exception(exc, limit=1)
print(len(limited.stack), len(limited.__cause__.stack))

no_lines = traceback.TracebackException.from_exception(exc, lookup_lines=False)
print([fs._line for fs in no_lines.stack])
print([fs.line for fs in no_lines.stack])

plain = traceback.TracebackException(ValueError, ValueError("x"), None)
print(list(plain.format()), plain.stack)

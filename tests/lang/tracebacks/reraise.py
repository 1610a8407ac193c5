# A bare raise keeps the entries the exception had; `raise e` adds the line
# it was raised again from; re-raising from finally or in another function
# builds on what was recorded.
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


def lines(exc):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(exc.__traceback__)]


def fail():
    raise ValueError("bad")


def bare():
    try:
        fail()
    except ValueError:
        raise


def named():
    try:
        fail()
    except ValueError as e:
        raise e


def saved_then_raised():
    try:
        fail()
    except ValueError as e:
        saved = e
    print("handled, raising later")
    raise saved


def from_finally():
    try:
        fail()
    finally:
        print("cleanup")


def twice():
    try:
        bare()
    except ValueError:
        raise


for fn in (bare, named, saved_then_raised, from_finally, twice):
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, lines(e))

try:
    named()
except ValueError:
    traceback.print_exc(file=sys.stdout)

# Raising the same exception object again later grows its traceback.
err = None
for attempt in range(2):
    try:
        if err is None:
            fail()
        raise err
    except ValueError as e:
        err = e
        print(attempt, lines(e))

# with_traceback(tb) replaces the traceback and returns the exception;
# raising it then adds the raising frame in front of the given chain.
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


def fail():
    raise ValueError("original")


def grab():
    try:
        fail()
    except ValueError as e:
        return e.__traceback__


tb = grab()
e = KeyError("new")
print(e.with_traceback(tb) is e, e.__traceback__ is tb)

try:
    raise e
except KeyError as caught:
    traceback.print_exc(file=sys.stdout)
    print(caught.__traceback__.tb_next is tb)

# with_traceback(None) drops every earlier entry.
def reraise_clean():
    try:
        fail()
    except ValueError as err:
        raise err.with_traceback(None)


try:
    reraise_clean()
except ValueError:
    traceback.print_exc(file=sys.stdout)

# Keeping the traceback of another exception.
def convert():
    try:
        fail()
    except ValueError as err:
        raise RuntimeError("converted").with_traceback(err.__traceback__) from None


try:
    convert()
except RuntimeError:
    print(traceback.format_exc(), end="")

try:
    ValueError().with_traceback(42)
except TypeError as err:
    print(err)
try:
    ValueError().with_traceback()
except TypeError as err:
    print(type(err).__name__)

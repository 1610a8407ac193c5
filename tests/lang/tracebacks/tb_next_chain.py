# tb_next walks from the frame that caught the exception inward to the one
# that raised it; each entry names its code object and line.
import sys


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


def innermost(n):
    raise ValueError(n)


def middle(n):
    innermost(n + 1)


def outer(n):
    middle(n + 1)


def describe(tb):
    while tb is not None:
        code = tb.tb_frame.f_code
        print(code.co_name, code.co_qualname, code.co_filename,
              code.co_firstlineno, tb.tb_lineno)
        tb = tb.tb_next


try:
    outer(1)
except ValueError as e:
    print(type(e.__traceback__).__name__, e.args)
    describe(e.__traceback__)
    print(e.__traceback__ is e.__traceback__)


def catcher():
    try:
        outer(10)
    except ValueError as e:
        return e


err = catcher()
describe(err.__traceback__)

# The chain's length counts one entry per frame the exception left.
def depth(k):
    if k == 0:
        raise KeyError("bottom")
    depth(k - 1)


try:
    depth(5)
except KeyError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        last = tb
        tb = tb.tb_next
    print(n, last.tb_lineno, last.tb_frame.f_code.co_name)
    print(type(last.tb_next), type(last.tb_frame).__name__)

# Printed chains: "During handling of the above exception, another
# exception occurred:" for __context__, "The above exception was the direct
# cause of the following exception:" for __cause__, nothing after from None.
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


def parse(text):
    int(text)


def load(text):
    try:
        parse(text)
    except ValueError as e:
        raise RuntimeError("load failed") from e


def load_implicit(text):
    try:
        parse(text)
    except ValueError:
        raise RuntimeError("load failed implicitly")


def load_hidden(text):
    try:
        parse(text)
    except ValueError:
        raise RuntimeError("hidden cause") from None


for fn in (load, load_implicit, load_hidden):
    try:
        fn("abc")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        print("-" * 20)


def three_levels():
    try:
        try:
            raise KeyError("one")
        except KeyError as k:
            raise IndexError("two") from k
    except IndexError:
        raise TypeError("three")


try:
    three_levels()
except TypeError as e:
    print(traceback.format_exc(), end="")
    print(len(traceback.format_exception(e, chain=False)))

# A cause without a traceback prints only its message.
err = RuntimeError("outer")
err.__cause__ = ValueError("never raised")
try:
    raise err
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

# A cycle in the chain is printed once.
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
print("".join(traceback.format_exception(a)), end="")

# __suppress_context__ set by hand hides the context; a cause wins over it.
try:
    try:
        raise OSError("ctx")
    except OSError:
        e = LookupError("suppressed")
        e.__suppress_context__ = True
        raise e
except LookupError:
    traceback.print_exc(file=sys.stdout)

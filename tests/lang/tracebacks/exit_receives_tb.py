# __exit__ gets (type, value, traceback); the traceback is the exception's
# own, starting at the with statement's frame.
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


class Recorder:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit clean", exc, tb)
            return False
        print("exit", exc_type.__name__, exc, type(tb).__name__,
              tb is exc.__traceback__)
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(names)
        return self.suppress


def boom():
    raise KeyError("k")


def run(suppress):
    with Recorder(suppress):
        boom()
    print("after with")


run(True)
try:
    run(False)
except KeyError as e:
    print("propagated", [fs.name for fs in traceback.extract_tb(e.__traceback__)])

with Recorder(True):
    pass

with Recorder(True) as r:
    raise ValueError("top level")


class Formatter:
    def __enter__(self):
        return self

    def __exit__(self, *info):
        print("".join(traceback.format_exception(*info)), end="")
        return True


with Formatter():
    boom()

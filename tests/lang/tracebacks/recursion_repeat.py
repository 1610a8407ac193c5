# A run of identical entries prints three times, then how many more.
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


def down(n):
    if n == 0:
        raise RecursionError("bottom reached")
    down(n - 1)


for depth in (2, 3, 4, 10):
    try:
        down(depth)
    except RecursionError:
        text = traceback.format_exc()
        print(depth, text.count("in down"), [l for l in text.splitlines() if "repeated" in l])

try:
    down(6)
except RecursionError:
    traceback.print_exc(file=sys.stdout)


def ping(n):
    if n == 0:
        raise ValueError("pong")
    pong(n)


def pong(n):
    ping(n - 1)


try:
    ping(6)
except ValueError:
    text = traceback.format_exc()
    print(text.count("in ping"), text.count("in pong"), "repeated" in text)

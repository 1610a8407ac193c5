# traceback.print_exc and format_exc print what CPython's default hook
# prints: the entries with their source lines, then `Type: message`.
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


class ParseError(Exception):
    pass


def level3(data):
    raise ParseError(f"cannot parse {data!r}")


def level2(data):
    level3(data)


def level1(data):
    level2(data)


try:
    level1("xyz")
except ParseError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text.count("\n"), text.splitlines()[-1])
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)
    print(repr(traceback.format_exc(limit=0)))

print(repr(traceback.format_exc()))

try:
    raise KeyError("missing")
except KeyError:
    traceback.print_exc(file=sys.stdout)

try:
    raise Exception
except Exception:
    traceback.print_exc(file=sys.stdout)

try:
    raise ValueError("")
except Exception:
    traceback.print_exc(file=sys.stdout)


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


try:
    raise BadStr()
except BadStr:
    traceback.print_exc(file=sys.stdout)

import io
buf = io.StringIO()
try:
    level2(42)
except ParseError:
    traceback.print_exc(file=buf)
print(buf.getvalue().splitlines()[-1])

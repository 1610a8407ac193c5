# Exceptions raised inside generators: their traceback entries, throw(),
# close(), and the exception state a suspended generator keeps to itself.
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


def names(exc):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(exc.__traceback__)]


def gen(n):
    for i in range(n):
        yield i
    raise ValueError("exhausted")


def consume():
    for x in gen(2):
        pass


try:
    consume()
except ValueError as e:
    print(names(e))
    traceback.print_exc(file=sys.stdout)


def delegating():
    yield from gen(1)


try:
    list(delegating())
except ValueError as e:
    print(names(e))


def catcher():
    try:
        yield 1
    except KeyError as e:
        print("caught in generator", names(e))
        yield 2
        raise


g = catcher()
next(g)
print(g.throw(KeyError("thrown")))
try:
    next(g)
except KeyError as e:
    print("re-raised", names(e))


# A generator suspended inside its except block does not leak that
# exception into its caller's state or into the caller's new exceptions.
def suspended():
    try:
        raise OSError("inside")
    except OSError:
        yield sys.exception()
        yield sys.exception()


s = suspended()
print(repr(next(s)), sys.exception())
try:
    raise LookupError("caller")
except LookupError as e:
    print(repr(e.__context__))
    print(repr(next(s)), repr(sys.exception()))


def raising_in_genexp():
    return list(1 // x for x in (1, 0))


try:
    raising_in_genexp()
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])

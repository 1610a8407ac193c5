# Markers for failures in statements and expressions of many kinds: with,
# for, comprehensions, class bases, star arguments, chained comparisons,
# displays, calls of calls, f-strings, conditional expressions.
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


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def f1():
    with None:
        pass
def f2():
    for x in 5:
        pass
def f3():
    return [x for x in 5]
def f4():
    class A(5): pass
def f5():
    print(*5)
def f6():
    return 1 < 2 < "x"
def f7():
    return 1 in 5
def f9():
    del undefined_thing
def f10():
    return {[]: 1}
def f11():
    return {[]}
def f12():
    return len(1)(2)
def f13():
    return str.upper.missing.x
def f14():
    return dict(**5)
def f15():
    return f"{undefined_in_fstring}"
def f16():
    x = 1 if undefined_c else 2
def f19():
    def inner(a, b): pass
    inner(1)
def f20():
    return (lambda x: x)()
def f21():
    return sorted([1, "a"])
def f22():
    return sum([1, "a"])
def f23():
    return [1, 2, 3][1:"x"]
def f24():
    return 10 % 0
def f25():
    return -(1 // 0)
def f26():
    g = (x for x in 5)
def f27():
    raise ValueError from KeyError
def f28():
    a = b = undefined_chain
def f29():
    x = [1,
         2][5]
def f30():
    return {**5}
def f31():
    return [*5]
def f32():
    return (1, 2)[10]
def f33():
    l = []
    l.append(1, 2)
def f34():
    return int.from_bytes(5)
def f35():
    return ~"s"


tests = [(int(k[1:]), v) for k, v in globals().items()
         if k.startswith("f") and k[1:].isdigit()]
for _, fn in sorted(tests):
    show(fn)

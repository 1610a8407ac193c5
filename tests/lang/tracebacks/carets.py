# The marker line under a source line: `^` under the failing expression
# when it is only part of the line, `~` and `^` around the operator of a
# binary operation or the brackets of a subscript, nothing when the whole
# line failed (co_positions gives each instruction's source range).
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


table = {}
nothing = None


class Box:
    def meth(self, v):
        return self.other(v)

    def other(self, v):
        raise KeyError(v)


box = Box()


def divide(): return 1/0
def missing_key(): return table["missing"] + 1
def attribute():
    y = nothing.attr
def multi_line():
    return  (1 +
        None)
def call(): return len(5)
def nested_subscript():
    z = table['a'] [
        'b']
def inner_operator():
    return 1 + (2 * None)
def index():
    v = [1, 2][5]
def whole_line():
    raise ValueError("whole line")
def method_call(): box.meth(1)
def assigned_call(): r = box.meth(2)
def comprehension(): return [box.meth(i) for i in range(2)]
def loop():
    for q in (1, None):
        q + 1
def assertion():
    assert 1 == 2, "no"
def plain_assert():
    assert nothing
def augmented():
    v = 1
    v += "s"
def unpack():
    a, b = [1, 2, 3]
def compare():
    return 1 < "x"
def call_over_lines():
    return box.meth(
        3,
    )
def method_chain():
    s = "abc"
    return s.upper().missing()
def nested_calls():
    return Box().meth(box.meth(4))
def delete():
    del box.nothing
def literal_subscript():
    return {"a": 1}["b"]
def store_subscript():
    l = [1]
    l[7] = 2
def lambda_call():
    x = (lambda: 1/0)()
def spaced_attribute():
    return box  .  missing
def power():
    return  2 **  "x"
def unary():
    return -"s"
def spaced_subscript():
    return {}[  "k"  ]
def name():
    return not_defined.attr
def floor_div():
    return 7 // 0


for f in (divide, missing_key, attribute, multi_line, call, nested_subscript,
          inner_operator, index, whole_line, method_call, assigned_call,
          comprehension, loop, assertion, plain_assert, augmented, unpack,
          compare, call_over_lines, method_chain, nested_calls, delete,
          literal_subscript, store_subscript, lambda_call, spaced_attribute,
          power, unary, spaced_subscript, name, floor_div):
    show(f)

# The positions themselves.
code = divide.__code__
print(sorted({p for p in code.co_positions() if p[2] is not None and p[3] - p[2] == 3}))
try:
    divide()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(list(code.co_positions())[tb.tb_lasti // 2], tb.tb_lasti % 2)

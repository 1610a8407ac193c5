# Markers for augmented assignment, stores and deletes: the target's load
# and store are marked at the target, the operation at the statement.
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


class Plain:
    pass


obj = Plain()
table = {}


def unbound():
    count += 1
def missing_attr():
    obj.missing += 1
def missing_item():
    table["k"] += 1
def bad_operand():
    v = 1
    v += "s"
def attr_operand():
    obj.x = 1
    obj.x += "s"
def item_operand():
    table["k"] = 1
    table["k"] += "s"
def value_fails():
    [1][0] += undefined
def spaced_index():
    lst = [1, 2]
    lst[  5  ] += 1
def store_item():
    (1, 2)[0] = 5
def store_attr():
    (1).real = 5
def delete_item():
    del table["nope"]
def delete_attr():
    del obj.nope
def unpack_star():
    first, *rest, last = [1]
def nested_unpack():
    a, (b, c) = 1, (2, 3, 4)


for fn in (unbound, missing_attr, missing_item, bad_operand, attr_operand,
           item_operand, value_fails, spaced_index, store_item, store_attr,
           delete_item, delete_attr, unpack_star, nested_unpack):
    show(fn)

import operator as op

d = {"a": 1, "b": 2}
print(op.getitem(d, "a"), op.getitem([1, 2, 3], -1), op.getitem("hello", slice(1, 3)))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l)
op.setitem(d, "c", 3)
op.delitem(d, "a")
print(d)
try:
    op.getitem([], 0)
except IndexError as e:
    print("IndexError", e)
try:
    op.getitem({}, "x")
except KeyError as e:
    print("KeyError", e)

g = op.itemgetter(1)
print(g([10, 20, 30]), g("abc"), g({1: "one"}))
g2 = op.itemgetter(0, 2)
print(g2("xyz"), g2([1, 2, 3]))
print(repr(g), repr(g2), repr(op.itemgetter("k")))
pairs = [(1, "b"), (0, "z"), (1, "a")]
print(sorted(pairs, key=op.itemgetter(0)), sorted(pairs, key=op.itemgetter(1, 0)))
print(list(map(op.itemgetter(slice(0, 2)), ["abc", "def"])))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
try:
    op.itemgetter()
except TypeError as e:
    print("TypeError", type(e).__name__)

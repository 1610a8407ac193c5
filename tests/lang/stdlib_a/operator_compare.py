import operator as op

for a, b in [(1, 2), (2, 2), (3, 2), ("a", "b"), ((1, 2), (1, 3))]:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
print(op.eq(1, 1.0), op.eq([1], [1]), op.ne(None, 0))
try:
    op.lt(1, "a")
except TypeError as e:
    print("TypeError", e)
print(op.contains([1, 2, 3], 2), op.contains("abc", "d"), op.contains({"k": 1}, "k"))
print(op.countOf([1, 2, 1, 1], 1), op.countOf("banana", "a"), op.countOf([], 3))
print(op.indexOf([5, 6, 7], 7), op.indexOf("abc", "b"))
try:
    op.indexOf([1, 2], 9)
except ValueError as e:
    print("ValueError", e)
print(sorted([3, 1, 2], key=op.neg))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5), op.length_hint(5, 7))
import operator as op
for f in [lambda: op.add(1), lambda: op.neg(), lambda: op.lt(1, 2, 3), lambda: op.add(a=1, b=2), lambda: op.itemgetter(1)(), lambda: op.itemgetter(1)([1,2], 3), lambda: op.not_(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(op.add.__name__, op.itemgetter(0)("xy"), op.getitem.__name__)

from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 8)))
print(reduce(operator.add, [], 0))
print(reduce(operator.add, [5]))
print(reduce(operator.add, ["a", "b", "c"], ">"))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
print(reduce(operator.add, iter([1, 2]), 10))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError", e)
try:
    reduce(operator.add, [1, "a"])
except TypeError as e:
    print("TypeError", e)

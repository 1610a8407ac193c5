from itertools import takewhile, dropwhile, filterfalse, compress

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [])))
print(list(takewhile(lambda x: True, "abc")))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [1, 1, 1, 1, 1])))
print(list(compress("ABCDEF", [0, 1])))
it = iter([1, 2, 3, 10, 4])
print(list(takewhile(lambda x: x < 3, it)), list(it))
try:
    takewhile(len, 5)
except TypeError as e:
    print("TypeError", e)
try:
    list(filterfalse(5, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    compress("abc", 3)
except TypeError as e:
    print("TypeError", e)

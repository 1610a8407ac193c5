from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)))
print(list(accumulate([])))
print(list(accumulate("abc")))
print(list(accumulate([1.5, 2.5])))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate(range(5), lambda a, b: a * 2 + b, initial=1)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError", e)
try:
    accumulate(5)
except TypeError as e:
    print("TypeError", e)

from itertools import tee

a, b = tee([1, 2, 3, 4])
print(list(a), list(b))
a, b = tee(iter("abcdef"))
print(next(a), next(a), next(b), list(a), list(b))
print(tee([1], 0))
x, y, z = tee(range(3), 3)
print(list(zip(x, y, z)))
it = iter(range(10))
a, b = tee(it)
print(next(a), next(a), next(b))
print(len(tee("ab", 5)))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError", e)
try:
    tee(5)
except TypeError as e:
    print("TypeError", e)

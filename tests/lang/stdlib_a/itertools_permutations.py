from itertools import permutations

print(list(permutations("ABC")))
print(list(permutations("ABCD", 2)))
print(list(permutations(range(3), 0)))
print(list(permutations(range(3), 4)))
print(list(permutations([])))
print(list(permutations([1], 1)))
print(len(list(permutations(range(6)))))
print(list(permutations([1, 1, 2])))
print(next(permutations(range(5), 3)))
try:
    permutations("abc", -1)
except ValueError as e:
    print("ValueError", e)
try:
    permutations("abc", "x")
except TypeError as e:
    print("TypeError", e)
try:
    permutations(3)
except TypeError as e:
    print("TypeError", e)

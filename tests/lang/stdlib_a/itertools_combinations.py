from itertools import combinations, combinations_with_replacement as cwr

print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations(range(4), 0)))
print(list(combinations(range(4), 5)))
print(list(combinations([], 0)), list(combinations([], 1)))
print(len(list(combinations(range(10), 4))))
print(list(cwr("ABC", 2)))
print(list(cwr(range(3), 3)))
print(list(cwr([], 0)), list(cwr([], 2)), list(cwr("a", 0)))
print(len(list(cwr(range(5), 3))))
for f in (combinations, cwr):
    try:
        f("abc", -2)
    except ValueError as e:
        print("ValueError", e)
try:
    combinations("abc")
except TypeError as e:
    print("TypeError", type(e).__name__)

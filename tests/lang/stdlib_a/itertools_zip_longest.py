from itertools import zip_longest, pairwise, starmap

print(list(zip_longest("ABCD", "xy")))
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest()))
print(list(zip_longest([1, 2, 3])))
print(list(zip_longest([], [], fillvalue=0)))
print(list(zip_longest(range(3), range(5), range(1), fillvalue=None)))
print(list(pairwise("ABCDE")))
print(list(pairwise([1])), list(pairwise([])))
print(list(pairwise(range(4))))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(starmap(max, ["ab", "cd"])))
try:
    zip_longest(1, [2])
except TypeError as e:
    print("TypeError", e)
try:
    list(starmap(pow, [1, 2]))
except TypeError as e:
    print("TypeError", e)
try:
    pairwise(None)
except TypeError as e:
    print("TypeError", e)

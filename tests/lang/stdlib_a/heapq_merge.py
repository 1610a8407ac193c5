import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([1, 2])))
print(list(heapq.merge(["apple", "cherry"], ["banana"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (3, "b")], key=lambda t: t[0])))
print(list(heapq.merge([3, 2], [3, 1], key=lambda v: -v)))
g = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(g), list(g))
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print("TypeError", e)

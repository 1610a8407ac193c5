import heapq
import random

random.seed(17)
for n in [0, 1, 2, 3, 10, 31]:
    data = [random.randrange(100) for _ in range(n)]
    heapq.heapify(data)
    print(data)
data = list(range(20, 0, -1))
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(5)], data)
words = ["pear", "apple", "fig", "kiwi", "banana"]
heapq.heapify(words)
print(words)
try:
    heapq.heapify((3, 1))
except TypeError as e:
    print("TypeError", e)

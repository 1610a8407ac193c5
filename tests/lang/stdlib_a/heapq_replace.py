import heapq

h = [1, 3, 5, 7, 9]
print(heapq.heapreplace(h, 4), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 5))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)

# A heap sort and a running top-k with heappushpop.
import random
random.seed(4)
data = [random.random() for _ in range(50)]
top = data[:5]
heapq.heapify(top)
for x in data[5:]:
    heapq.heappushpop(top, x)
print(sorted(top) == sorted(data)[-5:])

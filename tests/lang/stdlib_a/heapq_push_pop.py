import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
h = []
heapq.heappush(h, (2, "b"))
heapq.heappush(h, (1, "z"))
heapq.heappush(h, (1, "a"))
print(h, heapq.heappop(h), h)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((1,), 2)
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappop(None)
except TypeError as e:
    print("TypeError", e)
h = [1]
try:
    heapq.heappush(h, "a")
except TypeError as e:
    print("TypeError", e, h)

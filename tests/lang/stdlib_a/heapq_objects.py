import heapq

class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return "Task(%d, %s)" % (self.pri, self.name)

h = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e")]:
    heapq.heappush(h, Task(p, n))
print(h)
print([heapq.heappop(h).name for _ in range(len(h))])

class Evil:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v

h = []
h.append(Evil(5, h))
h.append(Evil(7, h))
try:
    heapq.heappush(h, Evil(1, h))
except RuntimeError as e:
    print("RuntimeError", e)

class MyList(list):
    pass

m = MyList([5, 2, 8, 1])
heapq.heapify(m)
print(m, type(m).__name__, heapq.heappop(m))
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappush([])
except TypeError as e:
    print("TypeError", e)
h = [(1, [1]), (1, [0])]
heapq.heapify(h)
print(h)
print(heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 1))
h = [float("nan"), 1.0, 0.5]
heapq.heapify(h)
print(h)

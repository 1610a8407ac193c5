# A bounded queue built from a Condition: producers and consumers hand over
# every item exactly once.
import threading


class BoundedQueue:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = threading.Condition()

    def put(self, x):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(x)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x


q = BoundedQueue(4)
results = []
results_lock = threading.Lock()
STOP = object()


def producer(base):
    for i in range(200):
        q.put(base + i)


def consumer():
    while True:
        x = q.get()
        if x is STOP:
            return
        with results_lock:
            results.append(x)


producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(STOP)
for t in consumers:
    t.join()
print(len(results), sorted(results) == sorted(k * 1000 + i for k in range(3) for i in range(200)))

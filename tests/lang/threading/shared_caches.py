# Eight threads call methods through shared inline caches while one class is
# mutated (type version invalidation) and a shared dict is written.
import threading
class P:
    def __init__(self, x): self.x = x
    def get(self): return self.x
class Q(P):
    def get(self): return self.x * 2
shared = {}
objs = [P(1), Q(2)]
def work(k):
    s = 0
    for i in range(20000):
        o = objs[i % 2]
        s += o.get()
        shared[i % 100] = k
        if i % 5000 == 0:
            P.extra = i   # invalidate type versions while others run
    return s
res = []
def runner(k):
    res.append(work(k))
ts = [threading.Thread(target=runner, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(res), set(res), len(shared))

# Eight threads increment a shared counter under a Lock; appends to a shared
# list and dict need no lock (each operation is atomic).
import threading

N, PER = 8, 2000
lock = threading.Lock()
count = 0
items = []
seen = {}


def work(k):
    global count
    for i in range(PER):
        with lock:
            count += 1
        items.append(k)
        seen[(k, i)] = True


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count, len(items), len(seen))
print(sorted(set(items)) == list(range(N)))
print(all(not t.is_alive() for t in threads))
print([items.count(k) for k in range(N)])

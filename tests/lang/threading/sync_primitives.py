# Event, Semaphore, BoundedSemaphore, Barrier, RLock and Timer across threads.
import threading
import time

ev = threading.Event()
order = []
olock = threading.Lock()


def waiter(k):
    ev.wait()
    with olock:
        order.append(k)


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
print('before set', order, ev.is_set())
ev.set()
for t in ts:
    t.join()
print('after set', sorted(order), ev.is_set(), ev.wait(0))
ev.clear()
print('wait timeout', ev.wait(0.01))

sem = threading.Semaphore(2)
inside = 0
peak = 0
plock = threading.Lock()


def limited():
    global inside, peak
    with sem:
        with plock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.005)
        with plock:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('semaphore peak <= 2:', peak <= 2, 'inside', inside)
print(sem.acquire(False), sem.acquire(False), sem.acquire(False))

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)

barrier = threading.Barrier(3)
arrivals = []


def at_barrier(k):
    idx = barrier.wait()
    with olock:
        arrivals.append(idx)


ts = [threading.Thread(target=at_barrier, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('barrier indices', sorted(arrivals), barrier.parties, barrier.broken)

r = threading.RLock()
with r:
    with r:
        print('rlock nested ok')
try:
    r.release()
except RuntimeError as e:
    print(e)

fired = []
tm = threading.Timer(0.01, lambda: fired.append('fired'))
tm.start()
tm.join()
tm2 = threading.Timer(5, lambda: fired.append('never'))
tm2.start()
tm2.cancel()
tm2.join()
print(fired)

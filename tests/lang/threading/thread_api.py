# Thread objects: names, idents, current_thread, enumerate, local, errors.
import threading

print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])
results = {}


def named():
    me = threading.current_thread()
    results[me.name] = (me.ident == threading.get_ident(), me.is_alive(), me.daemon)


t = threading.Thread(target=named, name='worker')
print(t.is_alive(), t.ident is None, repr(t).startswith('<Thread(worker, initial'))
t.start()
t.join()
print(results, t.is_alive(), repr(t).startswith('<Thread(worker, stopped'))


def f():
    pass


t2 = threading.Thread(target=f)
print(t2.name.endswith('(f)'), t2.daemon)
t2.daemon = True
t2.start()
t2.join()
try:
    t2.daemon = False
except RuntimeError as e:
    print(e)
try:
    t2.start()
except RuntimeError as e:
    print(e)

loc = threading.local()
loc.x = 'main'
seen = []


def use_local(k):
    seen.append(hasattr(loc, 'x'))
    loc.x = k
    seen.append(loc.x == k)


ts = [threading.Thread(target=use_local, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(loc.x, seen)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


cs = [Counter(1000 * (k + 1)) for k in range(3)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([c.total for c in cs])


class Init(threading.local):
    def __init__(self, v):
        self.v = v
        self.calls = 1


il = Init(7)
out = []
th = threading.Thread(target=lambda: out.append((il.v, il.calls)))
th.start()
th.join()
print(il.v, out)

# A hash-table LRU cache simulation: a doubly linked list of entry objects
# plus a dict index, driven by a skewed LCG access trace; compares hit rates
# for several capacities. Exercises dicts with int keys, objects, branches.

ACCESSES = 240000
CAPACITIES = (64, 256, 1024)


class Entry:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.index = {}
        self.head = Entry(None, None)  # sentinel: head.next is most recent
        self.head.prev = self.head.next = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, e):
        e.prev.next = e.next
        e.next.prev = e.prev

    def _push_front(self, e):
        h = self.head
        e.prev, e.next = h, h.next
        h.next.prev = e
        h.next = e

    def get(self, key, compute):
        e = self.index.get(key)
        if e is not None:
            self.hits += 1
            self._unlink(e)
            self._push_front(e)
            return e.value
        self.misses += 1
        e = Entry(key, compute(key))
        self.index[key] = e
        self._push_front(e)
        if len(self.index) > self.capacity:
            last = self.head.prev
            self._unlink(last)
            del self.index[last.key]
            self.evictions += 1
        return e.value

    def keys_by_recency(self):
        out, e = [], self.head.next
        while e is not self.head:
            out.append(e.key)
            e = e.next
        return out


def trace(n):
    state = 987654321
    keys = []
    for i in range(n):
        state = (state * 25214903917 + 11) % 281474976710656
        r = state >> 17
        if r % 10 < 7:
            keys.append(r % 300)  # hot set
        elif r % 10 < 9:
            keys.append(300 + r % 3000)  # warm set
        else:
            keys.append(r % 100000)  # cold tail
    return keys


def expensive(key):
    return (key * key * 2654435761) % 4294967296


keys = trace(ACCESSES)
checksum = 0
for cap in CAPACITIES:
    cache = LRU(cap)
    acc = 0
    for k in keys:
        acc = (acc + cache.get(k, expensive)) % 1000000007
    recent = cache.keys_by_recency()[:5]
    print(f"capacity {cap}: hits {cache.hits} misses {cache.misses} evictions {cache.evictions} recent {recent}")
    checksum = (checksum * 131 + acc + cache.hits) % 1000000007
print("checksum", checksum)

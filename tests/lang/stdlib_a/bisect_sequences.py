import bisect

print(bisect.bisect_left((1, 3, 5, 7), 5), bisect.bisect_right(range(0, 100, 10), 35))
print(bisect.bisect("abcdef", "c"), bisect.bisect_left([1, 2, 3], 2, hi=None))

class Seq:
    def __init__(self, data):
        self.data = data
        self.reads = 0
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        self.reads += 1
        return self.data[i]
    def insert(self, i, v):
        self.data.insert(i, v)

s = Seq(list(range(0, 1000, 3)))
print(bisect.bisect_left(s, 500), s.reads)
bisect.insort(s, 500)
print(s.data[165:170])

class L(list):
    def insert(self, i, v):
        print("insert called", i, v)
        list.insert(self, i, v)

l = L([1, 5, 9])
bisect.insort_left(l, 4)
print(l)
print(bisect.bisect_right([1, 2, 3], 2, lo=1, hi=2), bisect.bisect_right(x=2, a=[1, 2, 3]))
for call in [lambda: bisect.bisect_left([1], 1, 0, 1, 5), lambda: bisect.bisect_left([1], 1, foo=2),
             lambda: bisect.bisect_left([1]), lambda: bisect.bisect([1], 1, lo=-3),
             lambda: bisect.bisect_left([1, 2], 1, key=5)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

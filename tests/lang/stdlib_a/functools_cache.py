from functools import cache, cached_property

count = 0

@cache
def slow(n):
    global count
    count += 1
    return n * 10

print(slow(1), slow(2), slow(1), count, slow.cache_info())

@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(paths(16, 16), paths.cache_info().currsize)

class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, d.computed)
d.total = 5
print(d.total)
del d.total
print(d.total, d.computed)
print(type(Data.total).__name__)

# Methods that are generators, return closures, or capture self in lambdas.
class Range2:
    def __init__(self, n):
        self.n = n

    def evens(self):
        for i in range(self.n):
            if i % 2 == 0:
                yield i

    def pairs(self):
        yield from ((i, i * i) for i in range(self.n))

    def adder(self, k):
        def add(x):
            return x + k + self.n
        return add

    def callbacks(self):
        return [lambda i=i: i * self.n for i in range(3)]

    def late_binding(self):
        return [lambda: i * self.n for i in range(3)]


r = Range2(5)
print(list(r.evens()), list(r.pairs()), type(r.evens()).__name__)
add = r.adder(10)
print(add(1))
r.n = 100
print(add(1), [f() for f in r.callbacks()], [f() for f in r.late_binding()])
g = r.evens()
print(next(g), next(g), g.__qualname__)


class Stateful:
    def __init__(self):
        self.count = 0

    def counter(self):
        while True:
            received = yield self.count
            self.count += received or 1


s = Stateful()
gen = s.counter()
print(next(gen), gen.send(5), next(gen), s.count)


class Pipeline:
    def __init__(self, data):
        self.data = data
        self.steps = []

    def map(self, fn):
        self.steps.append(('map', fn))
        return self

    def filter(self, fn):
        self.steps.append(('filter', fn))
        return self

    def __iter__(self):
        items = iter(self.data)
        for kind, fn in self.steps:
            items = map(fn, items) if kind == 'map' else filter(fn, items)
        return items


p = Pipeline(range(10)).filter(lambda x: x % 3).map(lambda x: x * x)
print(list(p), list(p), sum(Pipeline([1, 2, 3]).map(lambda x: -x)))

# Iterators: exhaustion, iter(iterator) is itself, re-raising StopIteration, sentinels.
class Once:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return 'only'


o = Once()
print(iter(o) is o, list(o), list(o), next(o, 'exhausted'))


class Restartable:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i % 3 == 0:
            raise StopIteration
        return self.i


r = Restartable()
print(list(r), list(r), list(r))
z = zip(Restartable(), 'abcdef')
print(list(z))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


print(list(iter(Counter(), 4)))
c = Counter()
it = iter(c, 2)
print(type(it).__name__, next(it), next(it, 'stopped'), c.n)


class GenMethodIter:
    def __iter__(self):
        for x in range(3):
            if x == 2:
                return
            yield x


print(list(GenMethodIter()), sum(GenMethodIter()))


def gen():
    yield from Once()
    yield 'after'


print(list(gen()))
e = enumerate(Once(), start=5)
print(next(e), next(e, None))
m = map(lambda x: x * 2, Restartable())
print(list(m), list(m))

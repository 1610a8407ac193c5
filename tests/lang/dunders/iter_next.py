# The iterator protocol: __iter__ returning self, __next__, StopIteration.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e.args))
for x in Countdown(2):
    print('loop', x)
a, b, cc = Countdown(3)
print(a, b, cc)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), tuple(Countdown(2)))
print(dict(zip('ab', Countdown(2))), [*Countdown(2)], set(Countdown(3)) == {1, 2, 3})


class Fresh:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(self.data)


f = Fresh('xyz')
print(list(f), list(f), 'y' in f)


class GenIter:
    def __iter__(self):
        yield 1
        yield 2


g = GenIter()
print(list(g), list(g), type(iter(g)).__name__)


class StopValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration('with value')


print(list(StopValue()))
it = StopValue()
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
try:
    a, b = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
first, *rest = Countdown(4)
print(first, rest)
print(list(enumerate(Countdown(2))), list(map(str, Countdown(2))))

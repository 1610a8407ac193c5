# The old sequence protocol: iteration via __getitem__(0, 1, ...) until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError('out of range')
        return i * i

s = Squares(5)
print(list(s), tuple(s), sum(s), 9 in s, 10 in s)
for v in Squares(3):
    print('v', v)
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
a, b, c = Squares(3)
print(a, b, c, [*Squares(2)], max(Squares(4)))
print(list(reversed([1, 2])), sorted(Squares(4), reverse=True))
print(list(zip(Squares(3), 'abc')), list(enumerate(Squares(2))))

class Forever:
    def __getitem__(self, i):
        return i

for x in Forever():
    if x > 3:
        break
    print('forever', x)

class KeyErrorStops:
    def __getitem__(self, i):
        if i > 1:
            raise KeyError(i)
        return i

try:
    list(KeyErrorStops())
except KeyError as e:
    print(type(e).__name__, e)

class StopIter:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i

print(list(StopIter()))

class Logged:
    def __getitem__(self, i):
        print('getitem', repr(i))
        if i == 2:
            raise IndexError
        return chr(97 + i)

print(''.join(Logged()))

class IterBeatsGetitem:
    def __iter__(self):
        return iter(['from __iter__'])

    def __getitem__(self, i):
        return 'from __getitem__'

print(list(IterBeatsGetitem()), IterBeatsGetitem()[5])

class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        raise IndexError

try:
    list(IterNone())
except TypeError as e:
    print(type(e).__name__, e)

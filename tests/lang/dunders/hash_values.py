# __hash__ return values: ints reduced, bools, non-int errors, -1.
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


print(hash(H(5)), hash(H(0)), hash(H(-5)))
print(hash(H(-1)), hash(H(True)), hash(H(False)))
print(hash(H(2 ** 61 - 1)), hash(H(2 ** 61)), hash(H(2 ** 100)), hash(H(-2 ** 70)))
print(hash(H(2 ** 61 - 1)) == hash(2 ** 61 - 1), hash(H(2 ** 100)) == hash(2 ** 100))


class IntSub(int):
    pass


print(hash(H(IntSub(12))), type(hash(H(IntSub(12)))).__name__)
for bad in [1.5, 'x', None, [1]]:
    try:
        hash(H(bad))
    except TypeError as e:
        print(type(e).__name__, e)


class Raises:
    def __hash__(self):
        raise RuntimeError('no hash for you')


try:
    {Raises()}
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    {Raises(): 1}
except RuntimeError as e:
    print(type(e).__name__, e)


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return f'Collide({self.v})'


d = {Collide(i): i for i in range(6)}
print(len(d), d[Collide(3)], Collide(7) in d)
del d[Collide(2)]
print(list(d))


class EqCount:
    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        EqCount.eqs += 1
        return self.v == other.v


k = EqCount(1)
dd = {k: 'x'}
print(dd[k], EqCount.eqs)
print(dd[EqCount(1)], EqCount.eqs)

# tuple subclasses: __new__ overrides, named fields via properties, result types.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]

    def swapped(self):
        return type(self)(self[1], self[0])

    def __repr__(self):
        return f'Pair{tuple.__repr__(self)}'


p = Pair(1, 2)
print(p, p.first, p.second, p.swapped(), len(p), type(p).__name__, isinstance(p, tuple))
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), {(1, 2): 'found'}[p])
results = [p + (3,), (0,) + p, p * 2, p[:], p[0:1], tuple(p)]
print([type(r).__name__ for r in results], results)
a, b = p
print(a, b, sorted(p, reverse=True), max(p), p.index(2), p.count(1))
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)
p.extra = 'allowed: tuple subclasses get a __dict__'
print(p.extra)


class Point(tuple):
    __slots__ = ()
    _fields = ('x', 'y')

    def __new__(cls, x=0, y=0):
        return tuple.__new__(cls, (x, y))

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

    def _asdict(self):
        return dict(zip(self._fields, self))


pt = Point(3, 4)
print(pt, pt.x, pt.y, pt._asdict(), Point(), hasattr(pt, '__dict__'))
try:
    pt.z = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Plain(tuple):
    pass


print(Plain([1, 2]), Plain(), Plain('ab'), type(Plain(x for x in 'c')).__name__)
print(Plain((1,)) == (1,), type(Plain((1,))[:]).__name__)

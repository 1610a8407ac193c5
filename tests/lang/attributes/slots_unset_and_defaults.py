# Reading unset slots, slot defaults via class attributes, slots with properties.
class S:
    __slots__ = ('a', 'b', '_c')

    def __init__(self, a):
        self.a = a

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v * 2


s = S(1)
print(s.a)
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(s, 'b', 'unset'), hasattr(s, 'b'))
try:
    s.c
except AttributeError as e:
    print(type(e).__name__, e)
s.c = 5
print(s.c, s._c)
s.b = None
print(s.b, hasattr(s, 'b'))


class Counter:
    __slots__ = ('count',)

    def incr(self):
        try:
            self.count += 1
        except AttributeError:
            self.count = 1
        return self.count


k = Counter()
print(k.incr(), k.incr(), k.incr())


class Many:
    __slots__ = tuple('s%d' % i for i in range(20))

    def __init__(self):
        for i in range(0, 20, 2):
            setattr(self, 's%d' % i, i * i)


m = Many()
print([getattr(m, 's%d' % i, None) for i in range(20)])


class Gen:
    __slots__ = (n for n in ['p', 'q'])


g = Gen()
g.p = 1
print(g.p, type(Gen.__slots__).__name__)
try:
    g.r = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Attribute lookups in loops must notice class changes at once (no stale caches).
class Base:
    def f(self):
        return 'Base.f'


class Mid(Base):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
seen = []
for i in range(12):
    seen.append(leaf.f())
    if i == 2:
        Mid.f = lambda self: 'Mid.f'
    elif i == 4:
        Leaf.f = lambda self: 'Leaf.f'
    elif i == 6:
        del Leaf.f
    elif i == 8:
        del Mid.f
    elif i == 10:
        Base.f = lambda self: 'Base.f v2'
print(seen)


class Data:
    pass


d = Data()
d.x = 'instance'
out = []
for i in range(8):
    out.append(d.x)
    if i == 1:
        Data.x = property(lambda self: 'property wins over instance dict')
    elif i == 3:
        Data.x = 'plain class attr loses to instance dict'
    elif i == 5:
        del d.x
print(out)


class Other:
    def f(self):
        return 'Other.f'


class Switch(Base):
    pass


s = Switch()
res = []
for i in range(6):
    res.append(s.f())
    if i == 1:
        Switch.__bases__ = (Other,)
    elif i == 3:
        s.__class__ = Leaf
print(res)


class Counter:
    total = 0


def bump(obj):
    return obj.total


c = Counter()
vals = []
for i in range(5):
    Counter.total = i * 10
    vals.append(bump(c))
print(vals)


class G:
    def __getattr__(self, name):
        return 'getattr ' + name


g = G()
trace = []
for i in range(5):
    trace.append(g.attr)
    if i == 1:
        G.attr = 'class attr now'
    elif i == 3:
        del G.attr
print(trace)

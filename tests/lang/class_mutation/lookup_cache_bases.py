# Lookups in loops notice __bases__ / __class__ changes, class attrs replacing __getattr__ results.
class Base:
    def f(self):
        return 'Base.f'

class Leaf(Base):
    pass

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

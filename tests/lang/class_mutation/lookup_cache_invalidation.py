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

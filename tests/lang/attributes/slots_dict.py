# __slots__ including '__dict__': slots plus arbitrary attributes.
class Hybrid:
    __slots__ = ('fixed', '__dict__')

    def __init__(self):
        self.fixed = 'slot'
        self.extra = 'dict'


h = Hybrid()
print(h.fixed, h.extra, vars(h), 'fixed' in vars(h))
h.more = 1
print(vars(h))
del h.fixed
print(hasattr(h, 'fixed'), vars(h))
h.__dict__['fixed'] = 'from dict'
print(h.fixed if hasattr(h, 'fixed') else 'still missing')
h.fixed = 'slot again'
print(h.fixed, vars(h)['fixed'])
print(type(Hybrid.__dict__['__dict__']).__name__)


class Base:
    pass


class Slotted(Base):
    __slots__ = ('a',)


s = Slotted()
s.a = 1
s.b = 2
print(s.a, vars(s), hasattr(s, '__dict__'))


class SlotBase:
    __slots__ = ('a',)


class NoSlotsChild(SlotBase):
    pass


n = NoSlotsChild()
n.a = 1
n.z = 26
print(n.a, vars(n))

try:
    class DoubleDict(NoSlotsChild):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(type(e).__name__, e)


class DictFirst:
    __slots__ = ('__dict__', 'x')


d = DictFirst()
d.x = 'x'
d.y = 'y'
print(d.x, vars(d), DictFirst.__slots__)

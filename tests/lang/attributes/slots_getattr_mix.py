# __slots__ combined with __getattr__, properties and class attributes.
class Lazy:
    __slots__ = ('_cache', 'name')

    def __init__(self, name):
        self.name = name

    def __getattr__(self, attr):
        if attr == '_cache':
            print('initializing cache')
            self._cache = {}
            return self._cache
        if attr.startswith('calc_'):
            cache = self._cache
            if attr not in cache:
                print('computing', attr)
                cache[attr] = len(attr)
            return cache[attr]
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {attr!r}')


l = Lazy('x')
print(l.calc_abc, l.calc_abc, l.calc_de)
try:
    l.other
except AttributeError as e:
    print(type(e).__name__, e)
try:
    l.other = 1
except AttributeError as e:
    print(type(e).__name__, e)


class WithProp:
    __slots__ = ('_v',)

    @property
    def v(self):
        return getattr(self, '_v', 'unset')

    @v.setter
    def v(self, value):
        self._v = value


w = WithProp()
print(w.v)
w.v = 5
print(w.v, WithProp.v.fget(w))
del w._v
print(w.v)


class SubAddsDict(WithProp):
    pass


s = SubAddsDict()
s.free = 'sub has a dict'
s.v = 'slot via property'
print(vars(s), s.v)

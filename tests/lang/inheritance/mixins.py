# Mixin classes combined with a concrete base; method order and state.
class ReprMixin:
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__}({fields})'

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    __hash__ = None

class CompareMixin:
    def _key(self):
        raise NotImplementedError(type(self).__name__ + '._key')

    def __lt__(self, other):
        return self._key() < other._key()

class Point(ReprMixin, EqMixin, CompareMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def _key(self):
        return (self.x, self.y)

p, q = Point(1, 2), Point(1, 3)
print(p, p == Point(1, 2), p == q, p < q, sorted([q, p]))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)

class Bare(CompareMixin):
    pass

try:
    Bare() < Bare()
except NotImplementedError as e:
    print(type(e).__name__, e)

class CountMixin:
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.count = 0

    def incr(self):
        self.count += 1
        return self

class Named:
    def __init__(self, name):
        self.name = name

class Counted(CountMixin, Named):
    pass

c = Counted('widget')
print(c.name, c.incr().incr().count, [k.__name__ for k in Counted.__mro__])

class DictMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith('_')}

class Record(DictMixin, ReprMixin):
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self._private = 'hidden'

r = Record(a=1, b='two')
print(r.to_dict(), r)

class LoudList(ReprMixin, list):
    pass

ll = LoudList([1, 2])
ll.tag = 'x'
print(ll, len(ll), ll + [3])

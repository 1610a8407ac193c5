# Slot member descriptors used directly: __get__, __set__, __delete__, errors.
class P:
    __slots__ = ('x', 'y')


class Q:
    __slots__ = ('x',)


p = P()
mx = P.__dict__['x']
print(type(mx).__name__, mx.__name__, mx.__objclass__.__name__, repr(mx))
mx.__set__(p, 5)
print(p.x, mx.__get__(p, P), mx.__get__(None, P) is mx)
mx.__delete__(p)
try:
    mx.__get__(p, P)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    mx.__set__(Q(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    mx.__get__(Q(), Q)
except TypeError as e:
    print(type(e).__name__, e)
try:
    mx.__set__(1, 1)
except TypeError as e:
    print(type(e).__name__, e)


class R(P):
    __slots__ = ('z',)


r = R()
mx.__set__(r, 'works on subclass')
print(r.x, R.x is mx, 'x' in vars(R))
print(hasattr(mx, '__set__'), hasattr(mx, '__delete__'))


class Override(P):
    @property
    def x(self):
        return 'property wins on subclass'


o = Override()
print(o.x)
P.x.__set__(o, 'stored in slot')
print(o.x, P.x.__get__(o))

# property(fget, fset, fdel, doc) called directly, and its attributes.
class Box:
    def __init__(self):
        self._v = None

    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v

    def _del(self):
        self._v = 'deleted'

    value = property(_get, _set, _del, 'The boxed value.')
    keyword = property(fget=_get, doc='kw only')


b = Box()
b.value = 10
print(b.value, b.keyword)
del b.value
print(b.value)
p = Box.__dict__['value']
print(p.fget is Box._get, p.fset is Box._set, p.fdel is Box._del, p.__doc__)
print(Box.keyword.fset, Box.keyword.__doc__)
print(isinstance(p, property), type(p).__name__, property.__name__)
for attr in ['fget', 'fset', 'fdel']:
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print(type(e).__name__, e)
print(p.__isabstractmethod__)


def getter(self):
    "docstring from getter"
    return 'g'


class Late:
    pass


Late.dyn = property(getter)
print(Late().dyn, Late.dyn.__doc__)
Late.dyn = property(getter, doc=None)
print(Late.dyn.__doc__)
prop = property(len)
print(prop.__get__('four'), prop.__doc__ == len.__doc__)
print(property(None).__get__(None, Late) is not None)


class P2(property):
    pass


class UsesSub:
    @P2
    def x(self):
        return 'sub property'


print(UsesSub().x, type(UsesSub.x).__name__)
print(type(UsesSub.x.setter(lambda s, v: None)).__name__)

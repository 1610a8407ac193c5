# Class attribute lookup: metaclass data descriptors > class MRO dicts >
# metaclass non-data descriptors and plain attributes > metaclass __getattr__.
class DataDesc:
    def __get__(self, obj, owner):
        return 'meta data descriptor'

    def __set__(self, obj, value):
        raise AttributeError('read-only via meta')


class NonData:
    def __get__(self, obj, owner):
        return 'meta non-data descriptor'


class Meta(type):
    data = DataDesc()
    nondata = NonData()
    plain = 'meta plain'
    only_meta = 'only on metaclass'

    def __getattr__(cls, name):
        return 'meta __getattr__ ' + name


class Base(metaclass=Meta):
    inherited = 'from Base'


class A(Base):
    data = 'class data'
    nondata = 'class nondata'
    plain = 'class plain'


print(A.data)
print(A.nondata)
print(A.plain)
print(A.only_meta)
print(A.inherited)
print(A.unknown)
a = A()
print(a.data, a.nondata, a.plain, a.inherited)
try:
    a.only_meta
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.data = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
A.nondata = 'reassigned'
print(A.nondata, vars(A)['nondata'])
print(type(vars(Meta)['data']).__name__)


class MethodMeta(type):
    def shared(cls):
        return 'meta method bound to ' + cls.__name__


class M(metaclass=MethodMeta):
    def shared(self):
        return 'class method for instances'


print(M.shared(None), M().shared())
print(MethodMeta.shared(M), type(M).shared(M))

# Special methods looked up on the type go through descriptors too.
class StaticLen:
    __len__ = staticmethod(lambda: 3)

class ClassRepr:
    @classmethod
    def __repr__(cls):
        return 'repr of class ' + cls.__name__

class CallableAdd:
    class Adder:
        def __get__(self, obj, owner):
            return lambda other: ('added', type(obj).__name__, other)
    __add__ = Adder()

class BuiltinAsDunder:
    __len__ = len

class CallableObj:
    class Impl:
        def __call__(self, *args):
            return 99
    __len__ = Impl()

try:
    print(len(StaticLen()))
except TypeError as e:
    print(type(e).__name__, e)
print(repr(ClassRepr()), str(ClassRepr()))
print(CallableAdd() + 1)
try:
    print(len(BuiltinAsDunder()))
except TypeError as e:
    print(type(e).__name__, e)
print(len(CallableObj()))

class PropertyDunder:
    @property
    def __call__(self):
        return lambda x: x * 10

print(PropertyDunder()(4))

class NoneHash:
    __hash__ = None

try:
    hash(NoneHash())
except TypeError as e:
    print(type(e).__name__, e)

class NoneIter:
    __iter__ = None

try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)

class NoneContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])

try:
    print(1 in NoneContains())
except TypeError as e:
    print(type(e).__name__, e)

class NoneLen:
    __len__ = None

try:
    len(NoneLen())
except TypeError as e:
    print(type(e).__name__, e)

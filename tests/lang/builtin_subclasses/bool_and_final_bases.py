# Types that cannot be subclassed, and ones that can with restrictions.
def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print(label, type(e).__name__, e)


attempt('bool', lambda: type('B', (bool,), {}))
attempt('NoneType', lambda: type('N', (type(None),), {}))
attempt('NotImplementedType', lambda: type('N', (type(NotImplemented),), {}))
attempt('ellipsis', lambda: type('E', (type(...),), {}))
attempt('function', lambda: type('F', (type(lambda: 0),), {}))
attempt('generator', lambda: type('G', (type(x for x in ()),), {}))
attempt('range', lambda: type('R', (range,), {}))
attempt('slice', lambda: type('S', (slice,), {}))
attempt('property', lambda: type('P', (property,), {}))
attempt('staticmethod', lambda: type('SM', (staticmethod,), {}))
attempt('classmethod', lambda: type('CM', (classmethod,), {}))
attempt('super', lambda: type('SU', (super,), {}))
attempt('bytes', lambda: type('BY', (bytes,), {}))
attempt('bytearray', lambda: type('BA', (bytearray,), {}))
attempt('frozenset', lambda: type('FS', (frozenset,), {}))
attempt('type', lambda: type('T', (type,), {}))
attempt('object', lambda: type('O', (object,), {}))
attempt('BaseException', lambda: type('BE', (BaseException,), {}))


class MyBytes(bytes):
    pass


b = MyBytes(b'abc')
print(b, type(b).__name__, type(b + b'd').__name__, b.upper(), type(b[0]).__name__)


class MyProp(property):
    pass


class UsesProp:
    @MyProp
    def x(self):
        return 'via property subclass'


print(UsesProp().x, type(UsesProp.__dict__['x']).__name__)

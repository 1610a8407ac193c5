# Singletons through __new__ and through a class attribute cache.
class Single:
    _inst = None
    inits = 0

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self):
        Single.inits += 1


a = Single()
b = Single()
print(a is b, Single.inits)


class Interned:
    _cache = {}

    def __new__(cls, key):
        try:
            return cls._cache[key]
        except KeyError:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
            return obj


x, y, z = Interned('a'), Interned('b'), Interned('a')
print(x is z, x is y, x.key, y.key, len(Interned._cache))


class Sub(Single):
    _inst = None


s1, s2 = Sub(), Sub()
print(s1 is s2, s1 is a, type(s1).__name__, Single.inits)


class Sentinel:
    def __repr__(self):
        return 'MISSING'

    def __bool__(self):
        return False

    def __copy__(self):
        return self


MISSING = Sentinel()
print(MISSING, bool(MISSING), repr([MISSING]))


def lookup(d, k, default=MISSING):
    v = d.get(k, MISSING)
    if v is MISSING:
        if default is MISSING:
            raise KeyError(k)
        return default
    return v


print(lookup({'a': 1}, 'a'), lookup({}, 'b', 0))
try:
    lookup({}, 'c')
except KeyError as e:
    print(type(e).__name__, e)

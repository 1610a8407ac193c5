# __complex__ for complex(), its fallbacks to __float__ / __index__, and complex subclasses.
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Full:
    def __complex__(self):
        return 1 + 2j

    def __float__(self):
        return 2.5


class OnlyFloat:
    def __float__(self):
        return 1.25


class OnlyIndex:
    def __index__(self):
        return 4


class BadComplex:
    def __complex__(self):
        return 1.0


attempt('complex', lambda: complex(Full()))
attempt('complex via float', lambda: complex(OnlyFloat()))
attempt('complex via index', lambda: complex(OnlyIndex()))
attempt('two args', lambda: complex(OnlyFloat(), OnlyIndex()))
attempt('bad complex', lambda: complex(BadComplex()))
attempt('complex of plain', lambda: complex(object()))


class MyComplex(complex):
    pass


c = MyComplex(1, 2)
print(c, type(c).__name__, type(c + 1).__name__, c.real, abs(MyComplex(3, 4)))
c.tag = 'extra'
print(c.tag, c == 1 + 2j, hash(c) == hash(1 + 2j), type(c.conjugate()).__name__)

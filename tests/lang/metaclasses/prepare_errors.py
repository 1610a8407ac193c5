# __prepare__ returning bad namespaces; namespace protocols used by class bodies.
def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', cls)
    except Exception as e:
        print(label, type(e).__name__, e)


class ReturnsInt(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


class ReturnsNone(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return None


class NotClassmethod(type):
    def __prepare__(name, bases):
        return {'from_plain_function': True}


class Raises(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        raise KeyError('prepare failed')


def make_int():
    class A(metaclass=ReturnsInt):
        pass
    return A


def make_none():
    class B(metaclass=ReturnsNone):
        pass
    return B


def make_plain():
    class C(metaclass=NotClassmethod):
        pass
    return C.from_plain_function


def make_raises():
    class D(metaclass=Raises):
        pass
    return D


attempt('int', make_int)
attempt('none', make_none)
attempt('plain function', make_plain)
attempt('raises', make_raises)


class MinimalMapping:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        print('ns set', k)
        self.data[k] = v


class UsesMinimal(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return MinimalMapping()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.data)


def make_minimal():
    class E(metaclass=UsesMinimal):
        x = 1
        y = x + 1
    return (E.x, E.y)


attempt('minimal mapping', make_minimal)


class ReadOnlyNS(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            raise TypeError(f'cannot define {k}')
        super().__setitem__(k, v)


class UsesReadOnly(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return ReadOnlyNS()


def make_readonly():
    class F(metaclass=UsesReadOnly):
        z = 1
    return F


attempt('read-only namespace', make_readonly)


def make_direct():
    return type('G', (), ReadOnlyNS(a=1))


attempt('dict subclass to type()', lambda: make_direct().a)

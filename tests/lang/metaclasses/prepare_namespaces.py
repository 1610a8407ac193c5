# Non-dict namespaces from __prepare__: minimal mappings and dict subclasses.
def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', cls)
    except Exception as e:
        print(label, type(e).__name__, e)

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

# __getattribute__ overrides: every lookup goes through it, object.__getattribute__.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x + 1

l = Logged()
print(l.x)
print(l.method())
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Upper:
    def __init__(self):
        self.name = 'bob'
    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        if isinstance(value, str):
            return value.upper()
        return value

u = Upper()
print(u.name, object.__getattribute__(u, '__dict__'))

class WithFallback:
    def __getattribute__(self, name):
        if name == 'virtual':
            return 'virtual value'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'getattr ' + name

w = WithFallback()
print(w.virtual, w.other)

class RaisesOther:
    def __getattribute__(self, name):
        raise AttributeError('always')
    def __getattr__(self, name):
        return 'rescued ' + name

print(RaisesOther().anything)

class Hidden:
    secret = 1
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError(name)
        return object.__getattribute__(self, name)

h = Hidden()
print(hasattr(h, 'secret'), Hidden.secret, getattr(h, 'secret', 'hidden'))

class DunderBypass:
    def __getattribute__(self, name):
        print('looked up', name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3

db = DunderBypass()
print(len(db))
print(db.__len__())
try:
    object.__getattribute__(db, 5)
except TypeError as e:
    print(type(e).__name__, e)

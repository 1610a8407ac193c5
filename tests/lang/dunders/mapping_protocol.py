# ** unpacking and dict() use keys() + __getitem__; * unpacking uses __iter__.
class Mapping:
    def __init__(self, data):
        self.data = data
    def keys(self):
        print('keys()')
        return list(self.data)
    def __getitem__(self, k):
        print('getitem', k)
        return self.data[k]

def f(**kw):
    return kw

m = Mapping({'a': 1, 'b': 2})
print(f(**m))
print(dict(m))
print({**m, 'c': 3})
d = {}
d.update(m)
print(d)

class NoKeys:
    def __getitem__(self, k):
        return k

for fn in [lambda: f(**NoKeys()), lambda: {**NoKeys()}, lambda: f(**5)]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    dict(NoKeys())
except TypeError as e:
    print(type(e).__name__, e)

class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k

try:
    f(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
print({**BadKeys()})

class Iterable:
    def __iter__(self):
        print('__iter__')
        return iter((1, 2, 3))

def g(*args):
    return args

print(g(*Iterable()), [0, *Iterable()], (*Iterable(),), {*Iterable()} == {1, 2, 3})
try:
    g(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(*NoKeys.__new__(object))
except TypeError as e:
    print(type(e).__name__, e)

class DupKeys:
    def keys(self):
        return ['x', 'x']
    def __getitem__(self, k):
        return 1

try:
    f(**DupKeys())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(x=0, **Mapping({'x': 1}))
except TypeError as e:
    print(type(e).__name__, e)

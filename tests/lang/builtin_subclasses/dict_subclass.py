# dict subclasses: inherited behaviour, overriding __getitem__/__setitem__, extra attrs.
class MyDict(dict):
    pass


d = MyDict(a=1, b=2)
print(d, repr(d), type(d).__name__, d['a'], len(d), list(d), isinstance(d, dict))
print(type(d.copy()).__name__, type(d | {'c': 3}).__name__, type({'c': 3} | d).__name__)
print(type(MyDict.fromkeys('ab')).__name__, MyDict.fromkeys('ab', 0))
d |= {'z': 26}
print(type(d).__name__, d)
d.extra = 'attr'
print(d.extra, vars(d), d == {'a': 1, 'b': 2, 'z': 26})
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)


class Upper(dict):
    def __setitem__(self, key, value):
        print('Upper.__setitem__', key)
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u['x'] = 1
print(u, u['x'], u['X'], u.get('x'), u.get('X'), 'x' in u)
u.update(y=2)
u.setdefault('z', 3)
v = Upper({'w': 0})
print(u, v, dict(u))
print({**u}, list(u.items()))


class Default(dict):
    def get(self, key, default='overridden default'):
        return super().get(key, default)


print(Default().get('missing'), Default(a=1).get('a'))


class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self[x] = self.get(x, 0) + 1

    def most(self):
        return max(self.items(), key=lambda kv: kv[1])


c = Counter('abracadabra')
print(c, c.most(), type(c).__name__)

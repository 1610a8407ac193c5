# __getattr__: only for missing attributes, AttributeError propagation.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.calls = []

    def __getattr__(self, name):
        self.calls += [name]
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
print(p.count(1), p.index(2), p.target, p.calls)
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(p.calls)

class Default:
    known = 'known'

    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(f'no {name!r} here')

d = Default()
print(d.known, d.auto_value, getattr(d, 'auto_x'), hasattr(d, 'auto_y'), hasattr(d, 'zzz'))
print(getattr(d, 'zzz', 'fallback'))
try:
    d.zzz
except AttributeError as e:
    print(type(e).__name__, e)

class Raises:
    def __getattr__(self, name):
        raise KeyError(name)

r = Raises()
try:
    hasattr(r, 'x')
except KeyError as e:
    print('hasattr propagated', type(e).__name__, e)
try:
    getattr(r, 'x', 'default')
except KeyError as e:
    print('getattr propagated', type(e).__name__, e)

class PropFails:
    @property
    def p(self):
        raise AttributeError('inner failure')

    def __getattr__(self, name):
        return 'fallback for ' + name

print(PropFails().p)

class Counting:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return 'missing ' + name

c = Counting()
print(c.x, c.y, c.__dict__)
print(type(c).__getattr__(c, 'explicit'))
try:
    Counting.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# __setattr__ overrides: validation, logging, object.__setattr__ inside.
class Logged:
    def __init__(self, x):
        self.x = x
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)

l = Logged(1)
l.y = 2
setattr(l, 'z', 3)
print(vars(l))
l.__dict__['direct'] = 4
print(vars(l))

class Positive:
    def __setattr__(self, name, value):
        if not isinstance(value, int) or value < 0:
            raise ValueError(f'{name} must be a non-negative int, got {value!r}')
        super().__setattr__(name, value)

p = Positive()
p.a = 5
for bad in [-1, 'x', 2.5]:
    try:
        p.b = bad
    except ValueError as e:
        print(type(e).__name__, e)
print(vars(p))

class Frozen:
    def __init__(self, a, b):
        object.__setattr__(self, 'a', a)
        object.__setattr__(self, 'b', b)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot assign to field {name!r}')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete field {name!r}')

f = Frozen(1, 2)
print(f.a, f.b)
for action in [lambda: setattr(f, 'a', 9), lambda: delattr(f, 'b')]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    f.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(f))

class Renaming:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.lower(), value)

r = Renaming()
r.HELLO = 'world'
print(vars(r), r.hello)

class Counting:
    sets = 0
    def __setattr__(self, name, value):
        type(self).sets += 1
        super().__setattr__(name, value)

c = Counting()
c.a = 1
c.a += 1
c.b = c.a
print(Counting.sets, vars(c))
try:
    object.__setattr__(c, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, 'real', 2)
except AttributeError as e:
    print(type(e).__name__, e)

# __delattr__ overrides and object.__delattr__.
class Tracked:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print('del', name)
        if name == 'b':
            raise AttributeError('b is protected')
        object.__delattr__(self, name)


t = Tracked()
del t.a
print(vars(t))
try:
    del t.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.zz
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(t))


class Resetting:
    default = 'default'

    def __delattr__(self, name):
        super().__delattr__(name)
        print('reset', name, 'now', getattr(self, name, '<gone>'))


r = Resetting()
r.default = 'custom'
print(r.default)
del r.default
print(r.default)


class SoftDelete:
    def __init__(self):
        object.__setattr__(self, 'deleted', [])

    def __delattr__(self, name):
        self.deleted.append(name)


s = SoftDelete()
s.x = 1
del s.x
del s.y
print(s.x, s.deleted)
try:
    object.__delattr__(s, 'y')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__delattr__(s, 5)
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __delattr__(self, name):
        print('Base.__delattr__', name)
        object.__delattr__(self, name)


class Child(Base):
    pass


c = Child()
c.v = 1
del c.v
print(hasattr(c, 'v'))

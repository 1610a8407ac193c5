# Adding and removing __getattr__, __getattribute__, __setattr__ after creation.
class Obj:
    def __init__(self):
        self.real = 'real'


o = Obj()
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
Obj.__getattr__ = lambda self, name: 'dynamic ' + name
print(o.missing, o.real, hasattr(o, 'anything'))
del Obj.__getattr__
print(hasattr(o, 'anything'))

Obj.__setattr__ = lambda self, name, value: object.__setattr__(self, name, str(value) + '!')
o.x = 1
print(o.x, Obj().real)
del Obj.__setattr__
o.y = 2
print(o.y)


def shouting_getattribute(self, name):
    value = object.__getattribute__(self, name)
    return value.upper() if isinstance(value, str) else value


Obj.__getattribute__ = shouting_getattribute
print(o.real, o.x)
del Obj.__getattribute__
print(o.real)

Obj.__delattr__ = lambda self, name: print('refusing to delete', name)
del o.real
print(o.real)
del Obj.__delattr__
del o.real
print(hasattr(o, 'real'))


class Base:
    pass


class Child(Base):
    pass


ch = Child()
Base.__getattr__ = lambda self, name: 'from Base.__getattr__'
print(ch.nothing)
Child.__getattr__ = lambda self, name: 'from Child.__getattr__'
print(ch.nothing)
del Base.__getattr__
print(ch.nothing)
del Child.__getattr__
print(getattr(ch, 'nothing', 'gone'))

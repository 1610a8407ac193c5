# type.__new__ copies the namespace; special entries are consumed or added.
ns = {'x': 1, '__qualname__': 'Custom.Q', '__module__': 'mod.sub'}
C = type('C', (), ns)
ns['x'] = 2
ns['y'] = 3
print(C.x, hasattr(C, 'y'), C.__qualname__, C.__module__)
print(sorted(k for k in vars(C) if k != '__weakref__'))
print('__qualname__' in vars(C), vars(C)['__doc__'], '__module__' in ns)

D = type('D', (), {})
print(D.__module__, D.__doc__, sorted(k for k in vars(D) if k != '__weakref__'))


class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        ns['late'] = 'added to the namespace after creation'
        return cls


class E(metaclass=Meta):
    pass


print(hasattr(E, 'late'))
E.later = 'added to the class'
print(E.later)
slots_ns = {'__slots__': ('a',)}
F = type('F', (), slots_ns)
print(type(F.__dict__['a']).__name__, F.__slots__)
G = type('G', (), {'__doc__': None})
print(G.__doc__, '__doc__' in vars(G))
H = type('H', (), {'__init_subclass__': lambda cls: None})
print(type(H.__dict__['__init_subclass__']).__name__)
I = type('I', (), {'__class_getitem__': lambda cls, item: item})
print(type(I.__dict__['__class_getitem__']).__name__, I[5])
J = type('J', (), {'__new__': lambda cls: object.__new__(cls)})
print(type(J.__dict__['__new__']).__name__, type(J()).__name__)

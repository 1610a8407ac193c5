# What plain classes inherit from object: eq, hash, repr/str, init errors.
class A:
    pass


a, b = A(), A()
print(a == a, a == b, a != b, a != a)
print(hash(a) == hash(a), type(hash(a)).__name__)
print(repr(a).startswith('<__main__.A object at 0x'), str(a) == repr(a))
print(format(a) == str(a), f'{a}' == str(a))
print(a.__eq__(b), a.__ne__(b), a.__eq__(a))
print(a.__lt__(b))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(a, 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(bool(a), A.__init__ is object.__init__, A.__new__ is object.__new__)
print(sorted(k for k in vars(A)), A.__dict__['__module__'])
print(a.__class__ is A, A.__class__ is type, type(a).__class__.__name__)
print(a.__dict__, a.__sizeof__() > 0, a.__reduce_ex__ is not None)
print(dir(a) == sorted(dir(a)), '__init__' in dir(a), '__class__' in dir(A))

o = object()
print(type(o).__name__, hasattr(o, '__dict__'), hasattr(a, '__dict__'))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(a, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__init__(a, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init__(a), object.__new__(A).__class__.__name__)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
print(object.__hash__(a) == hash(a), object.__str__(a) == repr(a))
print(len({a, b, a}), len({a: 1, b: 2}))

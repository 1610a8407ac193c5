# type itself: one-argument form, type of type, type's attributes.
class A:
    pass


print(type(A()) is A, type(A) is type, type(type) is type, type(object) is type)
print(isinstance(type, object), isinstance(object, type), issubclass(type, object))
print(type.__name__, type.__qualname__, type.__module__, type.__base__ is object)
print(type(int).__name__, type(len).__name__, type(type.mro).__name__)
print(type.__call__(A).__class__ is A, type.__call__(int, '5'))
print(type.__new__(type, 'N', (), {}).__name__)
for args in [(), (1, 2), ('a', 'b', 'c', 'd')]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type.__new__(int, 'X', (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__call__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in ['mro', '__subclasses__', '__instancecheck__', '__prepare__'] if hasattr(type, k)))
print(type.mro(A) == [A, object], A.mro.__self__ is A)
try:
    type.mro(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__dict__['__dict__'].__get__(A) is not None, type(type.__dict__['__name__']).__name__)
t = type('Dyn', (), {})
t2 = type(t)('Dyn2', (t,), {'x': 1})
print(t2.__name__, t2.x, t2.__bases__ == (t,), type(t2) is type)

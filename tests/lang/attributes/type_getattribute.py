# object.__getattribute__ vs type.__getattribute__, and lookups on class objects.
class A:
    x = 'class x'

    @property
    def p(self):
        return 'property value'

    def m(self):
        return 'method'


a = A()
print(object.__getattribute__(a, 'x'), object.__getattribute__(a, 'p'))
print(object.__getattribute__(a, 'm')())
print(type.__getattribute__(A, 'x'), type(type.__getattribute__(A, 'p')).__name__)
print(type(type.__getattribute__(A, 'm')).__name__)
print(type.__getattribute__(A, '__name__'))
try:
    type.__getattribute__(a, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(a, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type.__getattribute__(A, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__getattribute__(A, 'x'), object.__getattribute__(A, '__doc__'))
print(getattr(A, '__mro__')[0] is A, getattr(type, '__mro__')[0] is type)
print(type(A.__dict__['p']).__name__, A.__dict__['p'].__get__(a))
print(A.__getattribute__ is object.__getattribute__, type(A).__getattribute__ is type.__getattribute__)
print(a.__getattribute__('x'), A.__getattribute__(a, 'x'))

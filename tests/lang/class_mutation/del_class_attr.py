# Deleting class attributes and methods after instances exist.
class A:
    x = 'A.x'

    def method(self):
        return 'A.method'


class B(A):
    x = 'B.x'

    def method(self):
        return 'B.method'


b = B()
print(b.x, b.method())
del B.x
print(b.x)
del B.method
print(b.method())
del A.method
try:
    b.method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del B.method
except AttributeError as e:
    print(type(e).__name__, e)
del A.x
try:
    b.x
except AttributeError as e:
    print(type(e).__name__, e)
b.x = 'instance x survives'
print(b.x)
A.x = 'restored on A'
print(B().x, b.x)
try:
    delattr(A, 'nothing')
except AttributeError as e:
    print(type(e).__name__, e)


class WithInit:
    def __init__(self):
        self.v = 1


w = WithInit()
del WithInit.__init__
print(vars(WithInit()), vars(w))
try:
    WithInit(1)
except TypeError as e:
    print(type(e).__name__, e)
for name in ['__dict__', '__module__', '__doc__']:
    try:
        delattr(WithInit, name)
        print('deleted', name, getattr(WithInit, name, '<gone>'))
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)

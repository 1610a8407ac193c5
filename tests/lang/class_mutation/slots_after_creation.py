# Assigning __slots__ or __dict__-related names after class creation changes nothing.
class Free:
    pass


Free.__slots__ = ('a',)
f = Free()
f.anything = 'still allowed'
print(f.anything, Free.__slots__, hasattr(f, '__dict__'))


class Fixed:
    __slots__ = ('a',)


Fixed.__slots__ = ('a', 'b')
x = Fixed()
try:
    x.b = 1
except AttributeError as e:
    print(type(e).__name__, e)
Fixed.b = 'class attribute b'
print(x.b)
try:
    x.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
del Fixed.a
try:
    x.a = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Restore:
    __slots__ = ('v',)


saved = Restore.__dict__['v']
del Restore.v
r = Restore()
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
Restore.v = saved
r.v = 'works again'
print(r.v)

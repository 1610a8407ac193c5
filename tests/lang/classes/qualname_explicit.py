# __qualname__ set in the class body, renaming, and their validation.
class A:
    __qualname__ = 'Custom.Name'


print(A.__name__, A.__qualname__, repr(A))
print('__qualname__' in vars(A))

A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, repr(A))
A.__qualname__ = 'Q'
print(A.__qualname__, repr(A))

for bad in [1, None, b'x']:
    try:
        A.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        A.__qualname__ = bad
    except TypeError as e:
        print(type(e).__name__, e)

try:
    A.__name__ = 'a\x00b'
except ValueError as e:
    print(type(e).__name__, e)

try:
    del A.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.__qualname__
except TypeError as e:
    print(type(e).__name__, e)

try:
    class B:
        __qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    int.__name__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)


class M:
    __module__ = 'some.module'


print(M.__module__, repr(M))
M.__module__ = 'other'
print(repr(M))

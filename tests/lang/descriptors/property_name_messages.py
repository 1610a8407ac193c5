# Property error messages use the attribute name learned from __set_name__.
class A:
    @property
    def named(self):
        return 1

    alias = named


a = A()
for attr in ['named', 'alias']:
    try:
        setattr(a, attr, 5)
    except AttributeError as e:
        print(attr, type(e).__name__, e)

A.late = property(lambda self: 2)
try:
    a.late = 3
except AttributeError as e:
    print('late', type(e).__name__, e)
try:
    del a.late
except AttributeError as e:
    print('late del', type(e).__name__, e)

p = property(lambda self: 3)
p.__set_name__(A, 'manual')
A.manual = p
try:
    a.manual = 4
except AttributeError as e:
    print('manual', type(e).__name__, e)
print(A.named.__name__ if hasattr(A.named, '__name__') else 'no __name__ attr')


class B:
    x = property()


try:
    B().x
except AttributeError as e:
    print('getter', type(e).__name__, e)


class C:
    def _get(self):
        return 'c'

    first = property(_get)
    second = first


try:
    C().second = 1
except AttributeError as e:
    print('shared', type(e).__name__, e)

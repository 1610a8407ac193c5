# Read-only, write-only and delete-less properties: error messages.
class A:
    @property
    def ro(self):
        return 'read only'

    def _set(self, v):
        self._w = v

    wo = property(None, _set)
    nothing = property()


a = A()
print(a.ro)
for action, label in [(lambda: setattr(a, 'ro', 1), 'set ro'),
                      (lambda: delattr(a, 'ro'), 'del ro'),
                      (lambda: a.wo, 'get wo'),
                      (lambda: delattr(a, 'wo'), 'del wo'),
                      (lambda: a.nothing, 'get nothing'),
                      (lambda: setattr(a, 'nothing', 1), 'set nothing'),
                      (lambda: delattr(a, 'nothing'), 'del nothing')]:
    try:
        print(label, action())
    except AttributeError as e:
        print(label, type(e).__name__, e)
a.wo = 5
print(a._w)


class B(A):
    pass


try:
    B().ro = 2
except AttributeError as e:
    print(type(e).__name__, e)

anon = property(lambda self: 1)


class C:
    x = anon


try:
    C().x = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(C().x)
try:
    property(1)(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    property(lambda: 1).__get__(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    property(fget=None, fset=None, fdel=None, doc=None, extra=1)
except TypeError as e:
    print(type(e).__name__, e)


class D:
    @property
    def broken(self):
        return self.missing_attr


try:
    D().broken
except AttributeError as e:
    print(type(e).__name__, e)

# type.__call__: __init__ runs only when __new__ returns an instance of the class.
class Log:
    lines = []


class A:
    def __new__(cls, kind):
        Log.lines.append(f'A.__new__ {kind}')
        if kind == 'int':
            return 42
        if kind == 'other':
            return B.__new__(B)
        if kind == 'sub':
            return object.__new__(SubA)
        return super().__new__(cls)

    def __init__(self, kind):
        Log.lines.append(f'{type(self).__name__}.__init__ {kind}')


class B:
    def __init__(self, *a):
        Log.lines.append('B.__init__')


class SubA(A):
    def __init__(self, kind):
        Log.lines.append(f'SubA.__init__ {kind}')


for kind in ['plain', 'int', 'other', 'sub']:
    r = A(kind)
    print(kind, type(r).__name__)
print(Log.lines)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst


class C(metaclass=Meta):
    def __init__(self, x, *, y=0):
        self.total = x + y


c = C(1, y=2)
print(c.total, c.via_meta)
try:
    C()
except TypeError as e:
    print(type(e).__name__, e)
print(type.__call__(C, 5).total, hasattr(type.__call__(C, 5), 'via_meta'))

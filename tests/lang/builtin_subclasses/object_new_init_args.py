# object.__new__ / object.__init__ excess-argument rules with overrides.
def attempt(label, fn):
    try:
        obj = fn()
        print(label, 'ok', type(obj).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)

class Neither:
    pass

class InitOnly:
    def __init__(self, *args, **kw):
        self.args = args

class NewOnly:
    def __new__(cls, *args, **kw):
        return super().__new__(cls)

class NewPassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)

class InitPassesArgs:
    def __init__(self, *args):
        super().__init__(*args)

class BothPassArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, *args):
        super().__init__(*args)

attempt('Neither()', lambda: Neither())
attempt('Neither(1)', lambda: Neither(1))
attempt('InitOnly(1, k=2)', lambda: InitOnly(1, k=2))
attempt('NewOnly(1, k=2)', lambda: NewOnly(1, k=2))
attempt('NewPassesArgs()', lambda: NewPassesArgs())
attempt('NewPassesArgs(1)', lambda: NewPassesArgs(1))
attempt('InitPassesArgs()', lambda: InitPassesArgs())
attempt('InitPassesArgs(1)', lambda: InitPassesArgs(1))
attempt('BothPassArgs(1)', lambda: BothPassArgs(1))
attempt('object.__new__(InitOnly, 1)', lambda: object.__new__(InitOnly, 1))
attempt('object.__new__(Neither, 1)', lambda: object.__new__(Neither, 1))
attempt('object.__init__(NewOnly(), 1)', lambda: object.__init__(NewOnly(), 1))
attempt('object.__init__(InitOnly(), 1)', lambda: object.__init__(InitOnly(), 1))

class ListWithKw(list):
    def __init__(self, items=(), *, flag=False):
        super().__init__(items)
        self.flag = flag

attempt('ListWithKw(flag=True)', lambda: ListWithKw([1], flag=True))
attempt('list subclass kw without __init__', lambda: type('LL', (list,), {})([1], flag=True))

class IntWithKw(int):
    def __new__(cls, v, *, unit='m'):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj

attempt('IntWithKw(3, unit=cm)', lambda: IntWithKw(3, unit='cm'))
attempt('int subclass extra kw', lambda: type('II', (int,), {})(3, unit='x'))

class DictInit(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.raw = (args, kw)

dd = DictInit([('a', 1)], b=2)
print(dict(dd), dd.raw)

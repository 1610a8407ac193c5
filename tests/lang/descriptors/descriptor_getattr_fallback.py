# A descriptor's __get__ raising AttributeError falls back to __getattr__.
class Flaky:
    def __init__(self, fail):
        self.fail = fail

    def __get__(self, obj, owner):
        if obj is None:
            return self
        if self.fail:
            raise AttributeError('descriptor declined')
        return 'descriptor value'


class Host:
    good = Flaky(False)
    bad = Flaky(True)

    def __getattr__(self, name):
        return f'__getattr__({name})'


h = Host()
print(h.good, h.bad, hasattr(h, 'bad'))


class NoFallback:
    bad = Flaky(True)


try:
    NoFallback().bad
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(NoFallback(), 'bad', 'default'), hasattr(NoFallback(), 'bad'))


class OtherError:
    @property
    def boom(self):
        raise KeyError('not an AttributeError')

    def __getattr__(self, name):
        return 'never for boom'


try:
    OtherError().boom
except KeyError as e:
    print(type(e).__name__, e)


class DataFlaky(Flaky):
    def __set__(self, obj, value):
        raise AttributeError('cannot set')


class Host2:
    d = DataFlaky(True)

    def __getattr__(self, name):
        return 'fallback for ' + name


h2 = Host2()
print(h2.d)
try:
    h2.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
h2.__dict__['d'] = 'in dict but data descriptor first'
print(h2.d)

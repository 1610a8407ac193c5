# A delegating proxy built from __getattr__, __setattr__ and __delattr__.
class Target:
    def __init__(self):
        self.value = 1

    def double(self):
        return self.value * 2


class Proxy:
    __slots__ = ('_target', '_log')

    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, '_log', [])

    def __getattr__(self, name):
        self._log.append(('get', name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(('set', name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(('del', name))
        delattr(self._target, name)


t = Target()
p = Proxy(t)
print(p.value, p.double())
p.value = 21
print(t.value, p.double())
p.extra = 'x'
print(vars(t))
del p.extra
print(vars(t))
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(p._log)
print(type(p).__name__, hasattr(p, '__dict__'))


class ReadOnlyView:
    def __init__(self, data):
        object.__setattr__(self, '_data', dict(data))

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        raise TypeError('read-only view')


v = ReadOnlyView({'a': 1, 'b': 2})
print(v.a, v.b, getattr(v, 'c', None))
try:
    v.a = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.c
except AttributeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

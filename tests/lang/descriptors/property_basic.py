# property: getter, setter, deleter via decorators.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        "Temperature in C."
        return self._c

    @celsius.setter
    def celsius(self, v):
        print('setting', v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
del t.celsius
print(hasattr(t, '_c'))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
t.celsius = 37
print(t.celsius, vars(t))
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__)
print(Temp.fahrenheit.fset, Temp.fahrenheit.fdel)


class Lazy:
    calls = 0

    @property
    def value(self):
        Lazy.calls += 1
        return 42


lz = Lazy()
print(lz.value, lz.value, Lazy.calls)
lz.__dict__['value'] = 'instance dict ignored'
print(lz.value)


class Computed:
    def __init__(self, items):
        self.items = items

    @property
    def total(self):
        return sum(self.items)

    @property
    def count(self):
        return len(self.items)

    @property
    def mean(self):
        return self.total / self.count


c = Computed([1, 2, 3, 6])
print(c.total, c.count, c.mean)
c.items = [10]
print(c.mean)

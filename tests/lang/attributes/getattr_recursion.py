# The classic __getattr__ recursion pitfall, and the correct fallbacks.
class Broken:
    def __init__(self):
        self.data = {}

    def __getattr__(self, name):
        return self.data[name]


b = Broken()
b.data['k'] = 'v'
print(b.k)
fresh = Broken.__new__(Broken)
try:
    fresh.anything
except RecursionError as e:
    print(type(e).__name__, e)


class Fixed:
    def __init__(self):
        self.data = {}

    def __getattr__(self, name):
        if name == 'data':
            raise AttributeError(name)
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(f'{type(self).__name__!r} has no {name!r}') from None


f = Fixed.__new__(Fixed)
print(hasattr(f, 'anything'))
ok = Fixed()
ok.data['x'] = 1
print(ok.x, getattr(ok, 'y', 'absent'))
try:
    ok.y
except AttributeError as e:
    print(type(e).__name__, e)


class SetattrLoop:
    def __setattr__(self, name, value):
        setattr(self, name, value)


try:
    SetattrLoop().x = 1
except RecursionError as e:
    print(type(e).__name__, e)


class GetattributeLoop:
    def __getattribute__(self, name):
        return self.__dict__[name]


try:
    GetattributeLoop().x
except RecursionError as e:
    print(type(e).__name__, e)
print('recovered after recursion errors')

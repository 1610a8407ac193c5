# Edge cases: getattr results are fresh bound methods, properties raising,
# non-AttributeError exceptions in lookups.
class A:
    def m(self):
        return 'm'

    @property
    def boom(self):
        raise ValueError('property failed')

    @property
    def attr_err(self):
        raise AttributeError('from property')


a = A()
print(getattr(a, 'm')(), getattr(a, 'm') == a.m, getattr(a, 'm') is a.m)
try:
    a.boom
except ValueError as e:
    print(type(e).__name__, e)
try:
    hasattr(a, 'boom')
except ValueError as e:
    print('hasattr:', type(e).__name__, e)
print(hasattr(a, 'attr_err'), getattr(a, 'attr_err', 'default used'))
try:
    getattr(a, 'boom', 'no default for ValueError')
except ValueError as e:
    print('getattr:', type(e).__name__, e)


class Computed:
    def __getattr__(self, name):
        if name == 'loop':
            return self.other_missing
        return len(name)


c = Computed()
print(c.abc, c.loop)


class Recursive:
    def __getattr__(self, name):
        return self.__dict__[name]


r = Recursive()
try:
    r.anything
except KeyError as e:
    print(type(e).__name__, e)


class Dyn:
    pass


d = Dyn()
for i in range(5):
    setattr(d, f'a{i}', i)
print([getattr(d, f'a{i}') for i in range(5)])
print(sum(getattr(d, n) for n in vars(d)))
for i in range(0, 5, 2):
    delattr(d, f'a{i}')
print(list(vars(d)))
d.a0 = 'back'
print(list(vars(d)), d.a0)

# Implicit special-method lookup uses the type, not the instance dict,
# and bypasses __getattribute__ / __getattr__.
class A:
    def __len__(self):
        return 1

    def __getattr__(self, name):
        print('__getattr__', name)
        if name == '__iter__':
            return lambda: iter([1, 2])
        raise AttributeError(name)


a = A()
a.__len__ = lambda: 100
print(len(a), a.__len__())
try:
    iter(a)
except TypeError as e:
    print(type(e).__name__, e)
print(list(a.__iter__()))


class Intercept:
    def __getattribute__(self, name):
        print('__getattribute__', name)
        return object.__getattribute__(self, name)

    def __repr__(self):
        return 'Intercept()'

    def __add__(self, o):
        return 'added'

    def __eq__(self, o):
        return 'eq'


i = Intercept()
print(repr(i), i + 1, i == 1, str(i))
print(i.__add__(2))


class Meta(type):
    def __len__(cls):
        return 42

    def __repr__(cls):
        return f'<Meta class {cls.__name__}>'


class WithMeta(metaclass=Meta):
    def __len__(self):
        return 7

    def __repr__(self):
        return 'instance repr'


print(len(WithMeta), len(WithMeta()), repr(WithMeta), repr(WithMeta()))
print(WithMeta.__len__(WithMeta()), type(WithMeta).__len__(WithMeta))


class Plain:
    pass


Plain.__len__ = lambda self: 5
print(len(Plain()))
p = Plain()
del Plain.__len__
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)

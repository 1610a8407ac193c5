# dir() of instances and classes includes inherited and instance names.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst_attr = 3


c = Child()
names = dir(c)
print(names == sorted(names))
print([n for n in names if not n.startswith('__')])
print([n for n in dir(Child) if not n.startswith('__')])
print('__init__' in names, '__class__' in names, '__dict__' in names, '__weakref__' in names)
print('mro' in dir(type), 'mro' in dir(Child), '__mro__' in dir(Child))


class CustomDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha', 'mid']


print(dir(CustomDir()))


class TupleDir:
    def __dir__(self):
        return ('b', 'a')


print(dir(TupleDir()))


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ('s1', 's2')


print([n for n in dir(Slotted()) if not n.startswith('__')], '__dict__' in dir(Slotted()))


class Meta(type):
    def meta_method(cls):
        pass


class WithMeta(metaclass=Meta):
    x = 1


print('meta_method' in dir(WithMeta), 'x' in dir(WithMeta), 'meta_method' in dir(WithMeta()))
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

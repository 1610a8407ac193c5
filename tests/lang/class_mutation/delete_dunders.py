# Deleting dunders from a class (or its base) turns the protocol off again.
class Base:
    def __len__(self):
        return 2

    def __repr__(self):
        return 'Base repr'

    def __add__(self, other):
        return 'Base add'

    def __iter__(self):
        return iter('ab')


class Child(Base):
    def __len__(self):
        return 7

    def __add__(self, other):
        return 'Child add'


c = Child()
print(len(c), repr(c), c + 1, list(c))
del Child.__len__
print(len(c))
del Base.__len__
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
del Child.__add__
print(c + 1)
del Base.__add__
try:
    c + 1
except TypeError as e:
    print(type(e).__name__, e)
del Base.__repr__
print(repr(c).startswith('<__main__.Child object at'))
del Base.__iter__
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(c))


class Hashy:
    def __eq__(self, other):
        return True


try:
    hash(Hashy())
except TypeError as e:
    print(type(e).__name__, e)
del Hashy.__hash__
print(type(hash(Hashy())).__name__)
del Hashy.__eq__
h = Hashy()
print(h == Hashy(), h == h)


class Callable:
    def __call__(self):
        return 'called'


f = Callable()
print(f(), callable(f))
del Callable.__call__
print(callable(f))
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)

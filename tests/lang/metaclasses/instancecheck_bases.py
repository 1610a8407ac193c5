# isinstance/issubclass with objects that act as classes through __bases__.
class FakeClass:
    def __init__(self, name, bases=()):
        self.name = name
        self.__bases__ = bases

    def __repr__(self):
        return self.name


root = FakeClass('root')
child = FakeClass('child', (root,))
grandchild = FakeClass('grandchild', (child, FakeClass('other')))


class Instance:
    def __init__(self, cls):
        self.__class__ = cls if isinstance(cls, type) else Instance
        self._fake = cls


print(issubclass(child, root), issubclass(grandchild, root), issubclass(root, child))
print(issubclass(grandchild, grandchild), issubclass(child, (FakeClass('x'), root)))


class NotAClass:
    pass


for args in [(NotAClass(), root), (child, NotAClass()), (int, root), (child, int)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)


class Proxy:
    def __init__(self, cls):
        self._cls = cls

    @property
    def __class__(self):
        return self._cls


print(isinstance(Proxy(int), int), isinstance(Proxy(int), Proxy), isinstance(Proxy(str), (int, str)))
try:
    isinstance(1, child)
except TypeError as e:
    print(type(e).__name__, e)


class WithClassAttr:
    __class__ = child


print(isinstance(WithClassAttr(), root), isinstance(WithClassAttr(), child))
print(isinstance(5, ()), issubclass(int, ()), isinstance(5, ((int,),)), issubclass(bool, ((str,), (int,))))

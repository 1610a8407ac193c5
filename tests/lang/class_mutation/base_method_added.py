# Adding or changing methods on a base class after subclasses and instances exist.
class Base:
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
print(hasattr(leaf, 'hello'))
Base.hello = lambda self: 'Base.hello on ' + type(self).__name__
print(leaf.hello(), Mid().hello())
Mid.hello = lambda self: 'Mid.hello'
print(leaf.hello(), Base().hello())
del Mid.hello
print(leaf.hello())


def describe(self):
    return f'{type(self).__name__} via {describe.__qualname__}'


Base.describe = describe
print(leaf.describe(), Leaf.describe(leaf))
Base.kind = 'base kind'
print(Leaf.kind, leaf.kind)
Base.__repr__ = lambda self: f'<{type(self).__name__}!>'
print(repr(leaf), [Mid()], str(Base()))
Base.__len__ = lambda self: 3
print(len(leaf), bool(leaf))
Base.__len__ = lambda self: 0
print(len(leaf), bool(leaf))


class Other(Leaf):
    def hello(self):
        return 'Other.hello>' + super().hello()


print(Other().hello())
Base.hello = lambda self: 'new Base.hello'
print(Other().hello())
Base.__eq__ = lambda self, other: True
print(leaf == 5, Other() == None)
print('hash kept after a late __eq__:', hash(leaf) == hash(leaf), Base.__hash__ is object.__hash__)

# Attributes set by a metaclass live on each class; instances and subclasses see them by lookup.
class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instances = 0
        cls.history = []

    def __call__(cls, *args, **kw):
        cls.instances += 1
        inst = super().__call__(*args, **kw)
        cls.history.append(repr(args))
        return inst


class A(metaclass=Counted):
    def __init__(self, *args):
        self.args = args


class B(A):
    pass


A(1)
A(2, 3)
B()
print(A.instances, B.instances, A.history, B.history)
print('instances' in vars(A), 'instances' in vars(B), A().instances, A.instances)
del B.instances
print(B.instances)
B.instances = 100
B()
print(A.instances, B.instances)


class Tagged(type):
    registry = {}

    def __new__(mcls, name, bases, ns, tag=None):
        cls = super().__new__(mcls, name, bases, ns)
        if tag is not None:
            mcls.registry[tag] = cls
        cls.tag = tag
        return cls


class Root(metaclass=Tagged, tag='root'):
    pass


class Leaf(Root, tag='leaf'):
    pass


class Untagged(Leaf):
    pass


print(sorted(Tagged.registry), Untagged.tag, Leaf.tag, Root.tag, Tagged.registry['leaf'] is Leaf)

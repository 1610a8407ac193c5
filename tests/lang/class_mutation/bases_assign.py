# Assigning __bases__: the MRO, attribute lookup and isinstance change.
class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'

    def only_b(self):
        return 'only in B'


class C(A):
    pass


c = C()
print(c.who(), [k.__name__ for k in C.__mro__], isinstance(c, A), isinstance(c, B))
C.__bases__ = (B,)
print(c.who(), c.only_b(), [k.__name__ for k in C.__mro__], isinstance(c, A), isinstance(c, B))
print(C.__base__.__name__, [k.__name__ for k in B.__subclasses__()], A.__subclasses__())
C.__bases__ = (A, B)
print(c.who(), c.only_b(), [k.__name__ for k in C.__mro__])


class D(C):
    pass


C.__bases__ = (B, A)
print(D().who(), [k.__name__ for k in D.__mro__])


class Base1:
    x = 1


class Base2:
    x = 2


class Child(Base1):
    def get(self):
        return super().get_x() if hasattr(super(), 'get_x') else self.x


ch = Child()
print(ch.get())
Child.__bases__ = (Base2,)
print(ch.get())
Base2.get_x = lambda self: 'super sees the new base'
print(ch.get())


class Root:
    pass


class MutMe(Root):
    pass


MutMe.__bases__ = (Base1,)
print(MutMe.x, MutMe.__mro__[1].__name__)
MutMe.__bases__ = (Root,)
print(hasattr(MutMe, 'x'), MutMe.__bases__)
try:
    MutMe.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)

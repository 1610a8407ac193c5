# Instances of sibling classes built by one __init__ share a shape prefix;
# a site that reads them stays specialized. Each mutation below must still
# be seen at once by the warm sites.

class Base:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class A(Base):
    def __init__(self, x, y):
        Base.__init__(self, x, y)
        self.a = "a"


class B(Base):
    def __init__(self, x, y):
        Base.__init__(self, x, y)
        self.b = "b"
        self.bb = "bb"


class C(Base):
    pass


def total(objs):
    t = 0
    for o in objs:
        t += o.x * 10 + o.y
    return t


def bump(objs):
    for o in objs:
        o.x = o.x + 1


objs = [A(1, 2), B(3, 4), C(5, 6)] * 50
for _ in range(40):
    print_me = total(objs)
print("warm", print_me)
bump(objs)
print("after stores", total(objs))

# A data descriptor on one sibling takes over its instances' attribute.
B.x = property(lambda self: 1000)
print("property on B", total(objs))
try:
    bump(objs)
except AttributeError as e:
    print("AttributeError", e)
del B.x
print("property removed", total(objs))

# A data descriptor on the common base affects every sibling.
Base.y = property(lambda self: -1, lambda self, v: None)
print("property on Base", total(objs))
del Base.y
print("removed again", total(objs))

# __getattribute__ on a sibling.
def ga(self, name):
    if name == "x":
        return 7
    return object.__getattribute__(self, name)
C.__getattribute__ = ga
print("getattribute on C", total(objs))
del C.__getattribute__
print("gone", total(objs))

# __setattr__ on a sibling intercepts the warm store site.
log = []
def sa(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
A.__setattr__ = sa
bump(objs)
print("setattr hook saw", len(log), "stores;", total(objs))
del A.__setattr__

# An instance attribute deleted (the instance leaves the shape world).
o = objs[0]
del o.y
try:
    total(objs)
except AttributeError as e:
    print("AttributeError", e)
o.y = 0
print("restored", total(objs))

# __class__ assignment between siblings.
objs[1].__class__ = C
print("class switched", total(objs), type(objs[1]).__name__)

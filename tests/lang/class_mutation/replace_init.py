# Replacing __init__ (and __new__) after the class is created.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p1 = Point(1, 2)
original_init = Point.__init__


def init3(self, x, y, z=0):
    original_init(self, x, y)
    self.z = z


Point.__init__ = init3
p2 = Point(1, 2, 3)
print(vars(p1), vars(p2))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Point):
    pass


print(vars(Sub(4, 5, 6)))
Point.__init__ = original_init
print(vars(Sub(7, 8)))
try:
    Sub(7, 8, 9)
except TypeError as e:
    print(type(e).__name__, e)


class Counted:
    pass


Counted.made = 0


def counting_new(cls, *args, **kw):
    cls.made += 1
    return object.__new__(cls)


Counted.__new__ = counting_new
Counted(), Counted()
print(Counted.made)
Counted.__new__ = staticmethod(counting_new)
Counted()
print(Counted.made)


def init_with_args(self, *args):
    self.args = args


Counted.__init__ = init_with_args
print(Counted(1, 2).args, Counted.made)
del Counted.__init__
del Counted.__new__
try:
    Counted(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(Counted()).__name__)

# classmethod: bound to the class (or the instance's class), __func__, alt constructors.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    @classmethod
    def who(cls):
        return cls.__name__


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z


p = Point.origin()
q = Point3.from_pair((1, 2))
print(type(p).__name__, p.x, type(q).__name__, q.x, q.y, q.z)
print(Point.who(), Point3.who(), p.who(), q.who())
bm = Point.who
print(type(bm).__name__, bm.__self__ is Point, bm.__func__ is Point.__dict__['who'].__func__)
print(Point3.who.__self__ is Point3, q.who.__self__ is Point3)
print(Point.who == Point.who, Point.who == Point3.who, Point.who is Point.who)
cm = Point.__dict__['who']
print(type(cm).__name__, cm.__get__(None, Point3)(), cm.__get__(q)(), cm.__func__(int))
print(cm.__wrapped__ is cm.__func__, cm.__isabstractmethod__)


def describe(cls, extra=''):
    return 'describe ' + cls.__name__ + extra


Point.describe = classmethod(describe)
print(Point.describe(), Point3.describe('!'), p.describe())
try:
    Point.from_pair()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod()
except TypeError as e:
    print(type(e).__name__, e)
weird = classmethod(5)
try:
    weird.__get__(None, Point)()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(cm, classmethod), callable(cm))
try:
    cm()
except TypeError as e:
    print(type(e).__name__, e)


class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


class SubCounter(Counter):
    pass


print(Counter.bump(), SubCounter.bump(), SubCounter.bump(), Counter.count, SubCounter.count)

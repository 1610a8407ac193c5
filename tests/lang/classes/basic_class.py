# Class statement basics: instances, methods, attributes, class attributes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1)
print(q.x, q.y, q.dims, Point.dims)
print(type(p) is Point, type(p).__name__, isinstance(q, Point))
print(p is not q, p == p, p == q, p != q)
p.z = 5
print(p.z, hasattr(q, 'z'))
print(Point.norm2(p), Point.moved(p, 1, dy=2).y)
print(callable(Point), callable(p), callable(p.norm2))
print(type(Point).__name__, type(Point.norm2).__name__, type(p.norm2).__name__)


class Empty:
    pass


e = Empty()
print(type(e).__name__, Empty.__name__, Empty.__bases__ == (object,))
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b, sorted(vars(e)))


class WithDoc:
    "only a docstring"


print(WithDoc.__doc__, WithDoc().__doc__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.n = Counter.count


cs = [Counter() for _ in range(3)]
print([c.n for c in cs], Counter.count, cs[0].count)
print(repr(Point), str(Point), repr(Empty))

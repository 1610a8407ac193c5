# Overrides with different signatures; callers through the base interface.
class Shape:
    def scale(self, factor):
        return f'{type(self).__name__} scaled by {factor}'

    def area(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def scale(self, fx, fy=None):
        fy = fx if fy is None else fy
        return Rect(self.w * fx, self.h * fy)

    def area(self):
        return self.w * self.h


class Fixed(Shape):
    def scale(self):
        return 'cannot scale'


shapes = [Shape(), Rect(2, 3), Fixed()]
for s in shapes:
    try:
        r = s.scale(2)
        print(type(s).__name__, r if isinstance(r, str) else (r.w, r.h))
    except TypeError as e:
        print(type(s).__name__, type(e).__name__, e)
print(Rect(1, 2).scale(2, 3).area(), Shape.scale(Rect(1, 1), 5), Shape.area(Rect(4, 4)))
try:
    super(Rect, Rect(1, 1)).scale(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class Kw(Shape):
    def scale(self, *, factor=1):
        return super().scale(factor)


print(Kw().scale(factor=3))
try:
    Kw().scale(3)
except TypeError as e:
    print(type(e).__name__, e)

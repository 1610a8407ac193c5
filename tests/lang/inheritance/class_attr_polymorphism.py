# Base-class code reading class attributes through self / type(self) / cls.
class Shape:
    sides = 0
    name = 'shape'
    registry = []

    def describe(self):
        return f'{self.name} has {self.sides} sides'

    @classmethod
    def plural(cls):
        return cls.name + 's'

    def kind(self):
        return type(self).name

    def bump_class(self):
        type(self).sides += 1

    def bump_instance(self):
        self.sides += 1


class Triangle(Shape):
    sides = 3
    name = 'triangle'


class Square(Shape):
    sides = 4
    name = 'square'


for s in [Shape(), Triangle(), Square()]:
    print(s.describe(), '|', type(s).plural(), '|', s.kind())
t = Triangle()
t.name = 'my triangle'
print(t.describe(), t.kind(), t.plural())
t.bump_instance()
print(t.sides, Triangle.sides, Shape.sides)
Triangle().bump_class()
print(Triangle.sides, Shape.sides, t.sides)
Shape().bump_class()
print(Shape.sides, Square.sides, 'sides' in vars(Square))


class Pentagon(Shape):
    name = 'pentagon'


Pentagon().bump_class()
print(Pentagon.sides, Shape.sides, 'sides' in vars(Pentagon))

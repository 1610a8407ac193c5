# __init_subclass__ keyword arguments from the class statement, and their errors.
class Shape:
    def __init_subclass__(cls, sides=0, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        cls.label = name or cls.__name__.lower()

class Triangle(Shape, sides=3):
    pass

class Square(Shape, sides=4, name='quad'):
    pass

class Blob(Shape):
    pass

for cls in [Triangle, Square, Blob]:
    print(cls.__name__, cls.sides, cls.label)

class Bigger(Square, sides=5):
    pass

print(Bigger.sides, Bigger.label)
try:
    class Bad(Shape, colour='red'):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(Shape, sides=1, extra=2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Required:
    def __init_subclass__(cls, *, tag):
        cls.tag = tag

class R1(Required, tag='one'):
    pass

print(R1.tag)
try:
    class R2(Required):
        pass
except TypeError as e:
    print(type(e).__name__, e)
opts = {'tag': 'from dict'}

class R3(Required, **opts):
    pass

print(R3.tag)
R4 = type('R4', (Required,), {}, tag='via type()')
print(R4.tag)

class Validating:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, 'required_method'):
            raise TypeError(f'{cls.__name__} must define required_method')
        super().__init_subclass__(**kw)

class Good(Validating):
    def required_method(self):
        pass

try:
    class Missing(Validating):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print('Missing' in globals(), Good.__name__)

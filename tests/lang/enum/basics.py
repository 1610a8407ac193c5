from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(type(Color.RED), isinstance(Color.GREEN, Color), Color)
print(list(Color), len(Color))
for c in Color:
    print(c.name, c.value)
print(Color(2), Color['BLUE'], getattr(Color, 'RED'))
print(Color(Color.RED) is Color.RED)
print(Color.RED is Color.RED, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(Color.RED == 1, Color.RED in Color, Color.RED in [Color.RED])
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.GREEN])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.__members__.keys())
print(list(Color.__members__.items()))
for bad in (4, 'RED', None):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.PURPLE
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError')
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError:', e)
try:
    Color()
except TypeError as e:
    print('TypeError')
print(f'{Color.RED}', '%s' % Color.GREEN, '{}'.format(Color.BLUE), f'{Color.RED!r}')
print(f'[{Color.RED:^15}]')
print(str(Color.BLUE), repr(Color))


class Shape(Enum):
    SQUARE = 'square'
    CIRCLE = 'circle'
    POINT = (0, 0)
    NOTHING = None


print(Shape('square'), Shape((0, 0)), Shape(None), repr(Shape.POINT), Shape.NOTHING.value)
print(bool(Color.RED), bool(Shape.NOTHING))

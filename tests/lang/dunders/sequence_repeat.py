# Mixing user objects with sequences: * with __index__, __mul__/__rmul__ priority.
class Three:
    def __index__(self):
        return 3


class Mul:
    def __mul__(self, other):
        return ('Mul.__mul__', other)

    def __rmul__(self, other):
        return ('Mul.__rmul__', other)


print([1] * Three(), Three() * 'ab', (0,) * Three(), 'x' * Three())
print([1] * Mul(), Mul() * [1], 'ab' * Mul(), Mul() * 'ab')


class Both:
    def __index__(self):
        return 2

    def __rmul__(self, other):
        return 'Both.__rmul__ wins'


print([1] * Both(), 'ab' * Both())
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    'ab' * object()
except TypeError as e:
    print(type(e).__name__, e)


class Adder:
    def __radd__(self, other):
        return ('Adder.__radd__', other)


print([1] + Adder(), (1,) + Adder(), 'a' + Adder())
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + object()
except TypeError as e:
    print(type(e).__name__, e)


class IntSub(int):
    def __rmul__(self, other):
        return 'IntSub.__rmul__'


print([1] * IntSub(2), 'a' * IntSub(3))

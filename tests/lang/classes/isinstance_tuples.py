# isinstance / issubclass with classes, tuples, nested tuples and errors.
class A:
    pass


class B(A):
    pass


class C:
    pass


b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()))
print(isinstance(b, (C, (int, (A,)))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(issubclass(B, (C, A)), issubclass(B, ()), issubclass(B, (int, (str, (A,)))))
print(isinstance(A, type), isinstance(B, A), issubclass(type, object), isinstance(type, type))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(isinstance(3, (str, float)), isinstance(3.0, (str, float)))

for args in [(b, 1), (b, (A, 1)), (b, [A]), (b, 'A')]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)

for args in [(b, A), (1, int), (B, 1), (B, (A, 1)), (B, [A]), (B, (1, A))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)

try:
    isinstance(b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, A, C)
except TypeError as e:
    print(type(e).__name__, e)

# instance whose __class__ is overridden by a property
class Liar:
    @property
    def __class__(self):
        return int


lie = Liar()
print(isinstance(lie, int), isinstance(lie, Liar), type(lie).__name__, lie.__class__.__name__)
print(issubclass(Liar, int))

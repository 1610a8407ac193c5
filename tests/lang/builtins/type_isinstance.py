# type(), isinstance, issubclass with builtin types.
for v in (1, 1.5, 'x', b'x', [], (), {}, set(), frozenset(), None, True, range(1), slice(1),
          len, print, iter([]), (x for x in []), bytearray(), ValueError(), type, object()):
    print(type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1, (float, int)))
print(isinstance('s', (list, (tuple, str))), isinstance(None, type(None)), isinstance([], object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(str, (int, str)))
print(type(1) is int, type(True) is bool, type(True) == int, type(type(1)) is type)
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
print(type('abc')('xyz'), type(5)('12'), type([])('ab'), type(None)())
print(int.__name__, str.__name__, type.__name__, type(None).__name__, object.__name__)

# repr and str of builtin values and nested containers.
values = [1, -1, 1.0, -0.5, True, None, 'a', "'", '"', b'b', [1, 'a'], (1,), (), {'k': 'v'},
          {1, 2}, frozenset(), set(), range(1, 5, 2), slice(None, 2), Ellipsis, NotImplemented,
          [[], [[]]], {'nested': {'d': [1.5, None]}}, bytearray(b'ab'), 10 ** 25, -2 ** 63]
for v in values:
    print(repr(v), '|', str(v))
print(repr(repr('x')), str(str('y')), repr(''), str(''))
print(repr(int), repr(len), repr(print), str(ValueError), repr(type(None)))
print(repr([1, 'a', b'b', None]) == str([1, 'a', b'b', None]))
print(str(1.0), str(-2.5e-8), str(1e16), repr(0.1), repr(100.0))

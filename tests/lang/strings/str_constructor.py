# str() of various objects.
for v in [0, -12, 3.0, 1e100, 1.5e-7, True, None, [1, 'a'], (1,), {'a': [1]}, {1, 2},
          b'bytes', bytearray(b'ba'), range(3), slice(1, 2), 'text', '', 2 ** 100,
          float('inf'), float('nan'), -0.0, frozenset({3}), (), [], {}]:
    print(str(v), '|', repr(v))
print(str(), repr(str()), type(str(5)).__name__)
print(str(b'\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'))
print(str(str), str(int), str(len), str(ValueError))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)

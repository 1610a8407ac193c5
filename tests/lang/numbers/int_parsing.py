# int() from strings with bases.
cases = [('42',), (' 4',), ('+2',), ('-17',), ('0',), ('-0',), ('1_000',), ('\t 7 \n',),
         ('0x1f', 16), ('1f', 16), ('0X1F', 0), ('0b101', 0), ('0o17', 0), ('017', 8),
         ('z', 36), ('Z', 36), ('11', 2), ('777', 8), ('10', 0), ('0', 0), ('00', 0),
         ('١٢٣',), ('1_2_3', 0), ('0x_1f', 16), ('  -0b11  ', 0)]
for c in cases:
    print(repr(c), int(*c))
bad = [('abc',), ('',), ('1.5',), ('1e3',), ('0x10',), ('12', 2), ('08', 0), ('1__0',),
       ('_1',), ('1_',), ('- 1',), ('++1',), ('9', 8), ('0b', 0)]
for c in bad:
    try:
        int(*c)
    except ValueError as e:
        print('ValueError:', e)
for c in [(5, 10), ('5', 1), ('5', 37)]:
    try:
        int(*c)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(int(b'42'), int(bytearray(b' -9 ')), int(4.9), int(-4.9), int(1e20), int(True))
for v in (float('inf'), float('nan')):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)

# int(): every argument form, base rules, and the error messages.
print(int(), int(7), int(-7.9), int(7.9), int(True), int(2 ** 70), int(1e20), int(-0.0))
cases = [('42',), (' 42 ',), ('+42',), ('-42',), ('1_000_000',), ('\t\n 7\r\f\v',), ('\u3000 12 \u3000',),
         ('0',), ('-0',), ('000',), ('0_0',), ('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 0),
         ('0o17', 0), ('0O17', 8), ('0b101', 0), ('0B101', 2), ('0b_1', 0), ('0x_f', 16), ('z', 36),
         ('Zz', 36), ('10', 2), ('777', 8), ('12', 3), ('0b1', 16), ('١٢٣',), ('١٢', 16), ('٣', 8),
         ('  -0x1F  ', 0), ('1_2', 0), ('9' * 50,)]
for c in cases:
    print(repr(c), int(*c))
print(int('12', base=10), int('12', base=0), int('12', 16), int(b'42'), int(b' -7 '), int(bytearray(b'11'), 2))
bad = [('',), (' ',), ('1.5',), ('1e5',), ('0x10',), ('12', 2), ('08', 0), ('00_1', 0), ('1__0',), ('_1',),
       ('1_',), ('- 1',), ('++1',), ('+-1',), ('9', 8), ('0b', 0), ('0x', 16), ('1 2',), ('\x00',), ('1\x00',),
       ('abc',), ('z', 35), ('0b2', 0), ('x' * 300,), (b'\xff',), (b'1.5',), (bytearray(b' 7x'),), ('\x1c12',)]
for c in bad:
    try:
        int(*c)
    except ValueError as e:
        print('ValueError:', e)
for c in [('5', 1), ('5', 37), ('5', -1), ('5', 2 ** 70), ('5', True)]:
    try:
        int(*c)
    except ValueError as e:
        print('ValueError:', e)
for c in [(5, 10), (1.5, 10), (True, 2), (None,), ([],), ({},), ('5', 1.5), ('5', None), ('5', '10')]:
    try:
        int(*c)
    except TypeError as e:
        print('TypeError:', e)
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for kwargs in [{'base': 10}, {'x': '1'}, {'foo': 2}]:
    try:
        int(**kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    int('1', 10, base=2)
except TypeError as e:
    print('TypeError:', e)
try:
    int('1', 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    int('12', foo=2)
except TypeError as e:
    print('TypeError:', e)

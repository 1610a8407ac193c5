# float(): numbers, strings, bytes, and the errors.
print(float(), float(0), float(-7), float(True), float(2 ** 70), float(10 ** 308), float(2.5), float(-0.0))
good = ['1', ' 1.5 ', '+1.5', '-1.5', '1.', '.5', '1e5', '1E-5', '1_000.000_1', '1e1_0', 'inf', '-inf',
        '+inf', 'INF', 'Infinity', '-infinity', 'nan', '-nan', 'NaN', '+NAN', '\t\n2.5\r', '\u3000 3.5',
        '١.٥', '1e400', '-1e400', '1e-400', '0x10' if False else '16', '0' * 50 + '1', '4.9e-324',
        '2.4e-324', '1.7976931348623157e308', '1.7976931348623159e308']
for s in good:
    print(repr(s), repr(float(s)))
print(float(b'1.5'), float(b' -2 '), float(bytearray(b'3e2')), float(b'inf'))
bad = ['', ' ', 'x', '1.5x', '1.2.3', '1e', '1e+', 'e5', '--1', '+-1', '1 2', '1_', '_1', '1__0', '1._5',
       'in', 'infinit', 'infinityy', 'nana', '0x10', '1,5', '\x00', '1\x00', '\x1c1', 'x' * 300]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print('ValueError:', str(e)[:80])
for b in [b'', b'x', b'\xff', bytearray(b'1e'), bytearray(b'abc')]:
    try:
        float(b)
    except ValueError as e:
        print('ValueError:', e)
for v in [None, [], [1.5], {}, (), float]:
    try:
        float(v)
    except TypeError as e:
        print('TypeError:', e)
for v in [10 ** 309, -(10 ** 400)]:
    try:
        float(v)
    except OverflowError as e:
        print('OverflowError:', e)
try:
    float(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    float(x=1)
except TypeError as e:
    print('TypeError:', e)
print(float('1' * 400) == float('inf'), float('0.' + '0' * 400 + '1'), float('-0'), float('-0.0e5'))

# float() parsing of strings.
good = ['1', '1.', '.1', '-1.5', '+2.5', '1e10', '1E-10', '1_000.5', '  3.25\n', 'inf', '-inf',
        '+inf', 'Infinity', 'INFINITY', 'nan', '-nan', 'NaN', '1e308', '1e309', '-1e309',
        '2.5e-324', '1e-400', '0x10' if False else '16', '٣.٥', '00012', '1.5e+3', '9' * 30]
for s in good:
    print(repr(s), repr(float(s)))
bad = ['', ' ', '1.2.3', 'e10', '1e', '1e+', '--1', '1 2', 'infinit', 'nanx', '_1', '1_',
       '1__0', '0x10', '1,5', 'one']
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print('ValueError:', e)
print(float(b'2.5'), float(bytearray(b'-1e3')))
try:
    float([1])
except TypeError as e:
    print('TypeError:', e)

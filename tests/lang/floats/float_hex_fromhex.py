# float.hex() and float.fromhex(): exact round trips and parse errors.
for v in (0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 2.0 ** -1074, 1 / 3):
    h = v.hex()
    print(repr(v), h, repr(float.fromhex(h)))
for s in ['0x1p0', '0x1.8p1', '-0x1p-2', '0x.8p1', '0x10', '0X1P+3', '  0x1p4  ', '1p3',
          '0x1p-1074', '0x1p-1075', '0x1.0000000000001p0', 'inf', '-Infinity', 'nan', '0x0p0', '-0x0.0p0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x.1', '0xa.bp1', '1', '+0x1']:
    print(repr(s), repr(float.fromhex(s)))
for s in ['', 'x', '0x', '0xp1', '0x1p', '0x1.2.3', '0xg', '1e3', '0x1p1.5', '--0x1']:
    try:
        float.fromhex(s)
    except ValueError as e:
        print('ValueError:', e)
for s in ['0x1p1024', '0x2p1023', '-0x1p1025']:
    try:
        float.fromhex(s)
    except OverflowError as e:
        print('OverflowError:', e)
for call in [lambda: float.fromhex(1), lambda: float.fromhex(), lambda: (1.0).hex(1), lambda: float.hex(1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print((1.5).hex() == float.hex(1.5), float.fromhex((0.1).hex()) == 0.1, type(float.fromhex('0x1')).__name__)

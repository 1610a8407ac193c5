# hex, oct, bin, and int <-> str round trips.
for v in (0, 1, 10, 255, -1, -10, -255, 2 ** 64, -(2 ** 64)):
    print(v, hex(v), oct(v), bin(v), int(hex(v), 16), int(bin(v), 0))
print(str(12345), repr(-0), str(10 ** 25))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
print(int('ff', 16), int('FF', 16), int('-0x10', 16), int('0b1111', 2))
print(format(255, 'x'), format(255, 'b'), format(255, 'o'))
print(float(7), float(-3), float(2 ** 60), float(True), float('  1.5 '), float('-.5'), float('1e3'))
print(float('inf'), float('-inf'), float('nan'), float('Infinity'), float('-iNF'), float('1_0.5'))
for bad in ('', 'x', '1.2.3', '1e', 'inf inity', '1__0'):
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
print(bool(0), bool(2), bool(-1), int(False), str(True), repr(False))

# bin(), oct() and hex() of ints, bools, big and negative values; errors.
for v in (0, 1, 7, 8, 255, 256, -1, -8, -255, True, False, 2 ** 64, -(2 ** 64), 2 ** 100 - 1, 3 ** 40):
    print(v, bin(v), oct(v), hex(v))
for v in (2 ** 64, -(3 ** 50), 12345):
    print(int(bin(v), 2) == v, int(oct(v), 8) == v, int(hex(v), 16) == v, int(hex(v), 0) == v)
print(len(hex(2 ** 5000)), hex(2 ** 5000)[:6], bin(2 ** 300).count('1'))
for f in (bin, oct, hex):
    for bad in (1.0, '1', None, [1], 1.5e300):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, 'TypeError:', e)
    try:
        f()
    except TypeError as e:
        print(f.__name__, 'TypeError:', e)
    try:
        f(1, 2)
    except TypeError as e:
        print(f.__name__, 'TypeError:', e)
    try:
        f(x=1)
    except TypeError as e:
        print(f.__name__, 'TypeError:', e)
print(bin(5)[2:].zfill(8), hex(255)[2:].upper(), oct(8)[2:])

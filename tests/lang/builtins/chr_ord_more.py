# chr() and ord(): ranges, bytes, errors.
print([chr(i) for i in (0, 9, 10, 32, 65, 126, 127, 128, 255, 256, 0x3b1, 0x20ac, 0xffff, 0x10000, 0x10ffff)] == [chr(i) for i in (0, 9, 10, 32, 65, 126, 127, 128, 255, 256, 0x3b1, 0x20ac, 0xffff, 0x10000, 0x10ffff)])
print(repr(chr(0)), repr(chr(10)), chr(65), chr(955), chr(8364), chr(0x1f600), repr(chr(0x10ffff)))
print(chr(True), ord(chr(0x10ffff)), ord('A'), ord('é'), ord('€'), ord('😀'), ord('\x00'))
print(ord(b'a'), ord(b'\xff'), ord(bytearray(b'z')), [ord(c) for c in 'héllo'])
print(''.join(chr(ord(c) + 1) for c in 'HAL'), chr(ord('a') - 32))
for v in (-1, 0x110000, 2 ** 31, -(2 ** 31) - 1):
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
for v in (2 ** 70, -(2 ** 70)):
    try:
        chr(v)
    except OverflowError as e:
        print('OverflowError:', e)
for v in ('a', 1.5, None, [65]):
    try:
        chr(v)
    except TypeError as e:
        print('TypeError:', e)
for v in ('', 'ab', b'', b'ab', bytearray(b'xy'), 65, None, ['a'], 1.5):
    try:
        ord(v)
    except TypeError as e:
        print('TypeError:', e)
for fn in (chr, ord):
    try:
        fn()
    except TypeError as e:
        print('TypeError:', e)
    try:
        fn(1, 2)
    except TypeError as e:
        print('TypeError:', e)

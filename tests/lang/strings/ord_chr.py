# ord and chr across the code point range.
for c in 'aAz0 \n~é€中😀':
    print(repr(c), ord(c), hex(ord(c)))
print(chr(65), chr(97), chr(0x20AC), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(chr(0x10FFFF) == '\U0010ffff', ord(chr(0x10FFFF)))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in ('', 'ab'):
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError:', e)
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print([ord(c) - ord('a') for c in 'python'])
print(ord(b'A'), ord(bytearray(b'z')))

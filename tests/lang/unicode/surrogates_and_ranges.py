# Code points across planes and chr/ord boundaries.
for cp in (0x7F, 0x80, 0xFF, 0x100, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF):
    c = chr(cp)
    print(hex(cp), len(c), len(c.encode('utf-8')), c.encode('utf-8'), ord(c) == cp)
print('\ud800'.encode('utf-8', 'surrogatepass') if False else 'surrogates skipped')
s = ''.join(chr(c) for c in (0x41, 0xE9, 0x4E2D, 0x1F600))
print(s, len(s), s.encode(), s.encode().decode() == s, [hex(ord(c)) for c in s])
print(sorted([chr(0x1F600), chr(0xFFFF), chr(0x10000), 'a']) == ['a', chr(0xFFFF), chr(0x10000), chr(0x1F600)])
print(max(chr(i) for i in range(0x10000, 0x10005)) == chr(0x10004))
print(chr(0xD7FF).isprintable(), chr(0xE000).isprintable(), chr(0xFFFD).isprintable())

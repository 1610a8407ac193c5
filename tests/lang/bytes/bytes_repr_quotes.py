# repr of bytes and bytearray: quote choice and escaping.
samples = [b'', b"'", b'"', b'\'"', b"it's", b'say "hi"', b'\\', b'\\\'', b'\x00\t\n\r\x0b\x0c',
           b'\x1f \x7e\x7f\x80', b'\xff', bytes(range(30, 40)), b'tab\there', b"a'b\"c'd"]
for b in samples:
    print(repr(b), repr(bytearray(b)), len(repr(b)))
print(str(b'str uses repr'), f'{b"fmt"}', f'{bytearray(b"fmt")!r}')
print([b'a', bytearray(b'b')], (b"'",), {b'k': bytearray(b'"')})
print(repr(bytearray(b"'")), repr(bytearray(b'"')), repr(bytearray(b'\'"')))
print(b'%r' % bytearray(b"q'"))
print(ascii(b'\xff') if False else 'ascii skipped', bytearray(b'x').__repr__(), b'y'.__repr__())

# repr of bytes chooses quotes and escapes non-printables.
for b in (b'', b'plain', b"it's", b'say "hi"', b'both \' "', b'\x00\x01\x1f', b'\x7f\x80\xfe\xff',
          b'\t\n\r', b'\\', bytes(range(32, 40)), b'\x0b\x0c', bytes([7, 8, 27])):
    print(repr(b), str(b), len(b))
print(bytes(range(256)))
print([b'a', b'b'], (b'\xff',), {b'k': b'v'})
print(repr(bytearray(b"a'b")), repr(bytearray(b'\x00')), bytes(bytearray(b'copy')))
print(b'\xe9'.decode('latin-1'), repr(b'\r\n'.decode()), str(b'x', 'ascii'))
print(len(repr(bytes(range(256)))), repr(b'a' * 3), repr(bytes(2)))
for b in (b'', b'A', b'\xff'):
    print(b, list(b), b.hex())

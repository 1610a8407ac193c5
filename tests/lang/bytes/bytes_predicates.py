# isalnum, isalpha, isascii, isdigit, islower, isspace, istitle, isupper.
samples = [b'', b'abc', b'ABC', b'aBc', b'123', b'abc123', b'a b', b' \t\n\r\x0b\x0c', b'\x1c',
           b'\xe9', b'\x7f', b'Title Case', b'Title case', b'TITLE', b'Hello, World!', b'A1 B2',
           b'1a', b'a1', b'\x00', b'_', b'  X', b'Ab Cd Ef', b'aB']
for b in samples:
    print(repr(b), b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(),
          b.isspace(), b.istitle(), b.isupper())
for b in (b'', b'abc', b'ABC', b'aBc', b'123', b'abc123'):
    a = bytearray(b)
    print(repr(a), a.isalnum(), a.isalpha(), a.isascii(), a.isdigit(), a.islower(),
          a.isspace(), a.istitle(), a.isupper())
try:
    b'x'.isalpha(1)
except TypeError as e:
    print('TypeError', e)
try:
    bytearray(b'x').isdigit(None)
except TypeError as e:
    print('TypeError', e)
try:
    bytes.isascii(123)
except TypeError as e:
    print('TypeError', e)

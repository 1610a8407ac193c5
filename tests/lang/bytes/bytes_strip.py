# strip, lstrip, rstrip, removeprefix, removesuffix.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in (b'  x  ', b'\t\n\x0b\x0c\r x \r\n', b'', b'   ', b'x', b'\x1cx\x1c', b'\xa0x\xa0'):
    print(repr(b), b.strip(), b.lstrip(), b.rstrip(), b.strip(None))
for chars in (b'x', b'xy', b'', b'abcxy', bytearray(b'y')):
    print(repr(chars), b'xyaxbyx'.strip(chars), b'xyaxbyx'.lstrip(chars), b'xyaxbyx'.rstrip(chars))
print(bytearray(b'  ba  ').strip(), bytearray(b'--ba').lstrip(b'-'), type(bytearray(b'x').rstrip()).__name__)
b = b'keep'
print(b.strip() is b, b.lstrip(b'z') is b, b.removeprefix(b'z') is b, b.removesuffix(b'') is b)
for p in (b'pre', b'', b'prefix-data', b'x', bytearray(b'prefix')):
    print(repr(p), b'prefix-data'.removeprefix(p), b'prefix-data'.removesuffix(p))
print(b'data.tar.gz'.removesuffix(b'.gz'), b'aaa'.removeprefix(b'a'), bytearray(b'xyz').removesuffix(b'z'))
show(lambda: b'x'.strip('x'))
show(lambda: b'x'.lstrip(120))
show(lambda: b'x'.rstrip([120]))
show(lambda: b'x'.strip(b'a', b'b'))
show(lambda: b'x'.strip(chars=b'x'))
show(lambda: b'x'.removeprefix('x'))
show(lambda: b'x'.removesuffix(None))
show(lambda: b'x'.removeprefix())
show(lambda: bytearray(b'x').removesuffix(b'a', b'b'))

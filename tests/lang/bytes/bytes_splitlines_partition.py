# splitlines, partition and rpartition.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in (b'one\ntwo\r\nthree\rfour', b'trailing\n', b'\n\n', b'', b'no newline', b'\r\r\n\n', b'a\x0bb\x0cc\x1cd'):
    print(repr(b), b.splitlines(), b.splitlines(True), b.splitlines(keepends=1))
print(bytearray(b'x\ny').splitlines(), bytearray(b'x\r\n').splitlines(keepends=True))
show(lambda: b'a'.splitlines('x'))
show(lambda: b'a'.splitlines(1.5))
show(lambda: b'a'.splitlines(None))
show(lambda: b'a'.splitlines(2**40))
show(lambda: b'a'.splitlines(1, 2))
show(lambda: b'a'.splitlines(keep=True))
for b in (b'key=value', b'k=v=w', b'novalue', b'=start', b'end=', b''):
    print(repr(b), b.partition(b'='), b.rpartition(b'='))
print(b'a::b::c'.partition(b'::'), b'a::b::c'.rpartition(b'::'))
print(bytearray(b'a=b').partition(b'='), bytearray(b'ab').rpartition(b'='), bytearray(b'ab').partition(b'x'))
print(b'a=b'.partition(bytearray(b'=')), b'a=b'.rpartition(bytearray(b'=')))
b = b'none'
print(b.partition(b'x')[0] is b, b.rpartition(b'x')[2] is b)
show(lambda: b'a'.partition(b''))
show(lambda: b'a'.rpartition(b''))
show(lambda: b'a'.partition('a'))
show(lambda: b'a'.partition(None))
show(lambda: b'a'.partition())
show(lambda: b'a'.rpartition(b'a', b'b'))

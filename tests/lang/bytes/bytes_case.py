# lower, upper, swapcase, title, capitalize: ASCII only.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b'Hello World', b'hELLO wORLD', b'', b'123 abc', b"o'neil mc-donald 3rd",
           b'\xe9t\xe9 \xc9T\xc9', b'ALL CAPS', b'mIxEd_CaSe-with.dots', b'\x00a\x7fB']
for b in samples:
    print(repr(b), b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
ba = bytearray(b'mutable Case')
print(ba.lower(), ba.upper(), ba.swapcase(), ba.title(), ba.capitalize(), ba)
print(type(ba.upper()).__name__, type(b'x'.upper()).__name__)
show(lambda: b'x'.lower(1))
show(lambda: b'x'.upper(None))
show(lambda: b'x'.title(x=1))
show(lambda: bytes.upper('x'))
show(lambda: bytes.lower(bytearray(b'X')))
show(lambda: bytearray.swapcase(b'x'))
show(lambda: bytes.capitalize())
print(bytes.upper(b'via type'), bytearray.lower(bytearray(b'VIA TYPE')))

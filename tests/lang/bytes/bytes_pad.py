# center, ljust, rjust, zfill, expandtabs.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for w in (-1, 0, 2, 3, 4, 5, 6, 7, 8):
    print(w, b'abc'.center(w), b'ab'.center(w, b'*'), b'abc'.ljust(w, b'.'), b'abc'.rjust(w, b'.'))
print(b''.center(3, b'x'), b'a'.center(4, bytearray(b'-')), bytearray(b'ab').center(6), bytearray(b'x').ljust(3))
for b in (b'42', b'-42', b'+42', b'', b'-', b'abc', b'--1', b'4-2'):
    print(repr(b), b.zfill(0), b.zfill(3), b.zfill(6))
print(bytearray(b'-7').zfill(4), b'12'.zfill(True))
b = b'same'
print(b.center(2) is b, b.ljust(4) is b, b.zfill(-3) is b)
for b in (b'a\tb', b'\tx', b'ab\tc\td', b'12345678\tx', b'a\nb\tc', b'a\r\tb', b'no tabs', b''):
    print(repr(b), b.expandtabs(), b.expandtabs(4), b.expandtabs(1), b.expandtabs(0), b.expandtabs(-3))
print(b'x\ty'.expandtabs(tabsize=3), bytearray(b'\t!').expandtabs(2))
show(lambda: b'a'.center())
show(lambda: b'a'.center('5'))
show(lambda: b'a'.center(5, 'x'))
show(lambda: b'a'.center(5, b'xy'))
show(lambda: b'a'.rjust(5, b''))
show(lambda: b'a'.ljust(5, 32))
show(lambda: b'a'.center(5, b'x', 1))
show(lambda: b'a'.center(10**20))
show(lambda: b'a'.ljust(1.5))
show(lambda: b'a'.rjust(width=3))
show(lambda: b'a'.zfill())
show(lambda: b'a'.zfill('3'))
show(lambda: b'a'.zfill(3, 4))
show(lambda: b'a'.expandtabs('4'))
show(lambda: b'a'.expandtabs(10**20))
show(lambda: b'a'.expandtabs(4, 5))
show(lambda: b'a'.expandtabs(size=4))
show(lambda: b'a'.center(10**13))
show(lambda: b'a'.ljust(3, None))

# `in` with ints and bytes-like operands.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'hello\x00\xff'
for x in (104, 0, 255, 120, True, False, b'h', b'ell', b'lo\x00', b'', b'hello\x00\xff!', bytearray(b'll')):
    print(repr(x), x in b, x not in b, x in bytearray(b))
print(b'' in b'', 0 in b'', b'a' in bytearray())
show(lambda: 'h' in b)
show(lambda: 256 in b)
show(lambda: -1 in b)
show(lambda: 10**30 in b)
show(lambda: -10**30 in b)
show(lambda: 1.0 in b)
show(lambda: None in b)
show(lambda: [104] in b)
show(lambda: 'x' in bytearray(b'x'))
show(lambda: 300 in bytearray(b'x'))
show(lambda: b'x'.__contains__(120))
show(lambda: bytearray(b'x').__contains__(b'y'))

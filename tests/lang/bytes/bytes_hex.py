# hex() with separators, and fromhex().
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytes(range(0, 256, 37))
print(b.hex(), b''.hex(), b'\x00'.hex(), bytearray(b'\xde\xad\xbe\xef').hex())
for sep, n in ((':', 1), ('-', 2), ('-', -2), (' ', 3), (' ', -3), ('_', 0), ('.', 100), ('.', -100), (b'|', 1), (b'|', 4)):
    print(repr(sep), n, b'\x01\x02\x03\x04\x05\x06\x07'.hex(sep, n))
print(b'abc'.hex(':'), b'abc'.hex(sep='-'), b'abcd'.hex(bytes_per_sep=2, sep=' '), b'a'.hex(':', 5))
show(lambda: b'ab'.hex(''))
show(lambda: b'ab'.hex('::'))
show(lambda: b'ab'.hex('\xe9'))
show(lambda: b'ab'.hex(b'\xff'))
show(lambda: b'ab'.hex(1))
show(lambda: b'ab'.hex(None))
show(lambda: b'ab'.hex([1]))
show(lambda: b'ab'.hex(bytearray(b':')))
show(lambda: b'ab'.hex(':', 'x'))
show(lambda: b'ab'.hex(':', 10**20))
show(lambda: b'ab'.hex(':', 1, 2))
show(lambda: b'ab'.hex(step=2))
for s in ('', '00', 'ff', 'FFfe', '01 02 03', ' 0a\t0b\n', '  ', 'deadbeef', 'DEADBEEF  '):
    print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
print(b'x'.fromhex('41'), bytearray(b'x').fromhex('42'), type(bytearray.fromhex('')).__name__)
for s in ('a', 'abc', '0g', 'g0', 'a b', '1 2', ' 1', '\xe9', '00\xe9', '0 0', '0x41', '12\u3000', '1\x1c2'):
    show(lambda: bytes.fromhex(s))
show(lambda: bytes.fromhex(b'41'))
show(lambda: bytes.fromhex(65))
show(lambda: bytes.fromhex())
show(lambda: bytes.fromhex('41', '42'))
show(lambda: bytes.fromhex(string='41'))
show(lambda: bytearray.fromhex(None))

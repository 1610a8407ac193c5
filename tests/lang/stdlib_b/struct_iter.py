import struct

data = struct.pack('<3i', 10, 20, 30)
print(list(struct.iter_unpack('<i', data)))
print(list(struct.iter_unpack('<hh', data)))
for a, b in struct.iter_unpack('<2h', struct.pack('<4h', 1, 2, 3, 4)):
    print(a + b)
def attempt(*args, f):
    try:
        print(args, f(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
attempt('<i', b'abc', f=struct.iter_unpack)
attempt('', b'abc', f=struct.iter_unpack)
print(struct.unpack_from('<h', b'\x01\x00\x02\x00', 2))
print(struct.unpack_from('<h', b'\x01\x00\x02\x00'))
print(struct.unpack_from('<h', b'\x01\x00\x02\x00', offset=-2))
attempt('<i', b'ab', f=struct.unpack_from)
attempt('<i', b'abcdefgh', 6, f=struct.unpack_from)
attempt('<i', b'abcdefgh', -9, f=struct.unpack_from)
attempt('<i', b'abcdefgh', -2, f=struct.unpack_from)
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 7, -1)
print(buf)
struct.pack_into('<b', buf, -1, 5)
print(buf)
attempt('<i', bytearray(4), 2, 1, f=struct.pack_into)
attempt('<i', bytearray(4), 0, f=struct.pack_into)
attempt('<i', bytearray(4), -8, 5, f=struct.pack_into)
attempt('<i', bytearray(4), 9, 5, f=struct.pack_into)
# a tiny binary record format
records = [(1, b'alpha', 3.5), (2, b'beta', -1.25)]
fmt = '<I8sd'
blob = b''.join(struct.pack(fmt, *r) for r in records)
print(len(blob), struct.calcsize(fmt))
for rec in struct.iter_unpack(fmt, blob):
    print(rec[0], rec[1].rstrip(b'\x00'), rec[2])

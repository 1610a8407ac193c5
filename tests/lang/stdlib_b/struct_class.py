import struct

s = struct.Struct('<ih')
print(s.size, s.format)
b = s.pack(1, -2)
print(b, s.unpack(b))
print(s.unpack_from(b'\x00' + b, 1))
print(list(s.iter_unpack(b * 2)))
buf = bytearray(7)
s.pack_into(buf, 1, 3, 4)
print(buf)
t = struct.Struct(b'>Q')
print(t.format, t.size, t.pack(2**64 - 1))
try:
    s.pack(1)
except struct.error as e:
    print('error', e)
header = struct.Struct('>4sHH')
raw = header.pack(b'WEFT', 3, 11)
magic, major, minor = header.unpack(raw)
print(magic, major, minor)

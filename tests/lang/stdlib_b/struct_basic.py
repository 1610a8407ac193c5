import struct

print(struct.pack('<i', 1), struct.pack('>i', 1), struct.pack('!h', -2))
print(struct.pack('<bBhHiIqQ', -1, 255, -300, 60000, -70000, 4000000000, -2**40, 2**63))
print(struct.unpack('<bBhHiIqQ', struct.pack('<bBhHiIqQ', -1, 255, -300, 60000, -70000, 4000000000, -2**40, 2**63)))
print(struct.pack('<?', 5), struct.pack('?', 0), struct.unpack('??', b'\x00\x07'))
print(struct.pack('c', b'z'), struct.unpack('c', b'q'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.unpack('3s', b'xyz'))
print(struct.pack('5p', b'ab'), struct.unpack('5p', b'\x02abzz'))
print(struct.pack('<3h', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.pack('<2xh', 5), struct.pack('< i  h ', 1, 2))
try:
    struct.pack(' < i', 1)
except struct.error as e:
    print('error', e)
print(struct.pack(b'<H', 7))
print(struct.pack('<n', 1) if False else struct.pack('n', 1) == struct.pack('q', 1))
for fmt in ['i', 'ci', 'ic', 'cd', 'b3xi', '<ci', '=q', '>5s', 'P', '0i', 'hhl', '@lc', '3s2p', 'e', '<e']:
    print(fmt, struct.calcsize(fmt))
print(struct.pack('@ci', b'a', 1))

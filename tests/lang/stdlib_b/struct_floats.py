import struct

for v in [0.0, -0.0, 1.5, -2.25, 1e300, float('inf'), float('-inf'), 3.141592653589793, 1e-310]:
    print(v, struct.pack('<d', v), struct.pack('>d', v), struct.unpack('<d', struct.pack('<d', v)))
for v in [0.1, 1.0, -3.5, 1e38, 1e-40, 65504.0, float('inf')]:
    print(v, struct.pack('<f', v), struct.unpack('<f', struct.pack('<f', v)))
for v in [0.0, 1.0, -2.0, 0.5, 65504.0, 6.1e-05, 5.96e-08, 1e-8, 0.1, 1/3, 1000.7, float('inf'), 65519.0, 2.0**-24 * 1.5, 2.0**-24 * 2.5]:
    b = struct.pack('<e', v)
    print(v, b, struct.unpack('<e', b), struct.pack('>e', v))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'))
print(str(struct.unpack('<e', b'\x00\x7e')[0]), str(struct.unpack('<d', struct.pack('<d', float('nan')))[0]))
print(struct.pack('<d', 3), struct.pack('<f', True))
class Half:
    def __float__(self):
        return 0.5
print(struct.pack('<d', Half()))
try:
    struct.pack('<e', 1e6)
except OverflowError as e:
    print('OverflowError', e)
try:
    struct.pack('<e', 65520.0)
except OverflowError as e:
    print('OverflowError', e)
try:
    struct.pack('<f', 1e300)
except OverflowError as e:
    print('OverflowError', e)
print(struct.pack('f', 1e300), struct.pack('<f', float('inf')))

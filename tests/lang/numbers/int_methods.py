# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate.
for v in (0, 1, 5, 255, 256, -1, -255, 2 ** 100, -(2 ** 100)):
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (-256).to_bytes(2, 'little', signed=True))
print((0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'), (2 ** 64).to_bytes(9, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'\x80', 'little', signed=True))
for args in ((256, 1, 'big'), (-1, 1, 'big')):
    try:
        args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print('OverflowError:', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError:', e)
print((5).real, (5).imag, (5).numerator, (5).denominator, (-5).__abs__())
print(int.bit_length(7), (7).__add__(1), (7).__neg__())
print((5).is_integer() if hasattr(5, 'is_integer') else 'no int.is_integer in 3.11')

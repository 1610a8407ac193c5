# int.to_bytes and int.from_bytes: defaults, keywords, signedness, errors.
print((1).to_bytes(), (255).to_bytes(), (0).to_bytes(), (0).to_bytes(0), (1024).to_bytes(2), (1024).to_bytes(2, 'little'))
print((1024).to_bytes(length=4, byteorder='big'), (1024).to_bytes(4, byteorder='little'), (5).to_bytes(3, 'big'))
print((-1).to_bytes(1, 'big', signed=True), (-1).to_bytes(4, 'little', signed=True), (-128).to_bytes(1, signed=True))
print((-129).to_bytes(2, 'big', signed=True), (127).to_bytes(1, signed=True), (-1).to_bytes(0, signed=True))
print((2 ** 64).to_bytes(9, 'big'), (2 ** 64 - 1).to_bytes(8, 'little'), (-(2 ** 63)).to_bytes(8, 'big', signed=True))
print(True.to_bytes(2, 'big'), (3).to_bytes(2, 'big', signed=False), (0).to_bytes(3, 'little', signed=True))
print(int.from_bytes(b'\x01\x00'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b''), int.from_bytes(b'', signed=True))
print(int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\xff\x7f', 'little', signed=True), int.from_bytes(b'\x80\x00', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255, 0), 'little'), int.from_bytes(bytearray(b'ab')), int.from_bytes(range(3)))
print(int.from_bytes(bytes=b'\x02', byteorder='big', signed=False), int.from_bytes(b'\xff' * 10, 'big'), bool.from_bytes(b'\x00'))
for n in (0, 1, 255, 256, 2 ** 100, -1, -256, -(2 ** 100)):
    size = (n.bit_length() + 8) // 8
    for order in ('big', 'little'):
        assert int.from_bytes(n.to_bytes(size, order, signed=True), order, signed=True) == n
print('round trips ok')
for n, args, kwargs in [(256, (1,), {}), (-1, (1,), {}), (-1, (), {}), (128, (1,), {'signed': True}),
                        (-129, (1,), {'signed': True}), (1, (0,), {}), (-2, (0,), {'signed': True})]:
    try:
        n.to_bytes(*args, **kwargs)
    except OverflowError as e:
        print('OverflowError:', e)
for call in [lambda: (1).to_bytes(-1), lambda: (1).to_bytes(1, 'middle'), lambda: int.from_bytes(b'', 'x'),
             lambda: int.from_bytes([256]), lambda: int.from_bytes([-1])]:
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
for call in [lambda: (1).to_bytes(1, 5), lambda: (1).to_bytes(1.0), lambda: (1).to_bytes(x=1),
             lambda: (1).to_bytes(1, 'big', True), lambda: int.from_bytes(), lambda: int.from_bytes(1),
             lambda: int.from_bytes('ab'), lambda: int.from_bytes(['a']), lambda: int.from_bytes(b'', 'big', True),
             lambda: int.from_bytes(b'', bytes=b'')]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
try:
    (1).to_bytes(2 ** 70)
except OverflowError as e:
    print('OverflowError:', e)

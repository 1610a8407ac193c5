# bytes literals, indexing, slicing, len, +, *, in.
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], type(b[0]).__name__)
print(b + b' world', b * 2, 2 * b'ab', b'' * 5, b'x' in b'xyz', 104 in b, b'el' in b, b'' in b)
print(b'\x00\x01\xff', b'\n\t\r', b'\\', b"'", b'"', b'\'"', b'\x7f\x80')
print(bytes([1, 2, 3]), bytes(3), bytes(), bytes(b'copy'), bytes(range(65, 70)), bytes('é', 'utf-8'))
print(list(b'AB'), [c for c in b'\x00\xff'], tuple(b'hi'))
print(b'abc' == b'abc', b'abc' < b'abd', b'a' < b'ab', b'b' > b'abc', b'abc' != 'abc')
try:
    b'abc'[5]
except IndexError as e:
    print('IndexError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    bytes([-1])
except ValueError as e:
    print('ValueError:', e)
try:
    bytes('str')
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], b'abc'.decode(), b'\xc3\xa9'.decode())

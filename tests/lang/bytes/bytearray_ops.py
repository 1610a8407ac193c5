# bytearray: mutable bytes.
ba = bytearray(b'hello')
ba[0] = 72
print(ba, len(ba), ba[0], ba[-1])
ba.append(33)
ba.extend(b' ok')
print(ba)
ba[1:5] = b'EY'
print(ba)
del ba[0]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord('Y'))
print(ba, ba.find(b'!'), ba.count(b'o'), bytes(ba))
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') + b'y', b'y' + bytearray(b'x'))
print(bytearray(b'abc') == b'abc', bytearray(b'a') * 3, bytearray(b'abc').upper())
try:
    ba[0] = 300
except ValueError as e:
    print('ValueError:', e)
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print('TypeError:', e)
c = bytearray(b'data')
d = c
c += b'++'
print(d, c is d, c.decode(), c.hex())
c.clear()
print(c, len(c), repr(bytearray()))

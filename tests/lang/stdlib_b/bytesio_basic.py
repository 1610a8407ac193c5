import io

b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'def')))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read(), b.read())
b.seek(-2, 2)
print(b.read())
b.seek(1)
b.write(b'ZZ')
print(b.getvalue())
c = io.BytesIO(b'one\ntwo\nthree')
print(c.readline(), c.readlines())
c.seek(0)
print(list(c))
try:
    c.write('text')
except TypeError as e:
    print('TypeError', e)
with io.BytesIO(b'data') as f:
    print(f.read(), f.closed)
print(f.closed)

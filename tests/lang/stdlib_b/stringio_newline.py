import io

s = io.StringIO('a\r\nb\rc\n', newline=None)
print(repr(s.getvalue()), s.readlines())
t = io.StringIO(newline='')
t.write('x\r\ny\n')
print(repr(t.getvalue()))
u = io.StringIO(newline='\r\n')
u.write('p\nq\n')
print(repr(u.getvalue()))
v = io.StringIO('no newline at end')
print(v.readlines(), repr(v.read()))
w = io.StringIO('\n\n\nx')
print([line for line in w])
x = io.StringIO('abc')
x.seek(0, 2)
x.write('def')
x.seek(1)
print(x.read(2), x.tell(), x.readline())
try:
    io.StringIO(newline='bad')
except ValueError as e:
    print('ValueError', e)
try:
    io.StringIO(newline=5)
except TypeError as e:
    print('TypeError', e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

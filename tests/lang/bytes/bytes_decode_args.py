# decode(): encodings, error handlers, keyword arguments and failures.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'caf\xc3\xa9 \xe2\x82\xac'
show(lambda: b.decode())
show(lambda: b.decode('utf-8'))
show(lambda: b.decode('UTF8'))
show(lambda: b.decode(encoding='utf_8'))
show(lambda: b.decode('latin-1'))
show(lambda: b.decode('ascii', 'ignore'))
show(lambda: b.decode('ascii', 'replace'))
show(lambda: b.decode('ascii', errors='backslashreplace'))
show(lambda: b.decode(errors='strict'))
show(lambda: bytearray(b).decode())
show(lambda: bytearray(b'\xff\xfeh\x00i\x00').decode('utf-16'))
show(lambda: b'h\x00i\x00'.decode('utf-16-le'))
show(lambda: b'\x00h\x00i'.decode('utf-16-be'))
show(lambda: b'h\x00\x00\x00'.decode('utf-32-le'))
show(lambda: b''.decode())
show(lambda: b'\xff'.decode())
show(lambda: b'ab\xc3'.decode())
show(lambda: b'\xc3(x'.decode())
show(lambda: b'\x80abc'.decode('ascii'))
show(lambda: bytearray(b'\xe9').decode('ascii'))
show(lambda: b'x'.decode('no-such'))
show(lambda: b'\xff'.decode('utf-8', 'no-such-handler'))
show(lambda: b'x'.decode(1))
show(lambda: b'x'.decode('utf-8', 2))
show(lambda: b'x'.decode(None))
show(lambda: b'x'.decode('utf-8', 'strict', 'extra'))
show(lambda: b'x'.decode('utf-8', encoding='utf-8'))
show(lambda: b'x'.decode(encodings='utf-8'))
show(lambda: b'x'.decode(a=1, b=2, c=3))
show(lambda: bytes.decode(b'direct'))
show(lambda: bytes.decode('str'))
try:
    b'ok\xffok'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)

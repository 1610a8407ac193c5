import io

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b'abcdef')
attempt('write str', lambda: b.write('x'))
attempt('write int', lambda: b.write(5))
attempt('neg seek', lambda: b.seek(-1))
attempt('cur seek', lambda: b.seek(-2, 1))
attempt('bad whence', lambda: b.seek(0, 5))
attempt('init str', lambda: io.BytesIO('text'))
attempt('read neg', lambda: io.BytesIO(b'xyz').read(-1))
attempt('readline size', lambda: io.BytesIO(b'abc\ndef').readline(2))
attempt('truncate', lambda: io.BytesIO(b'abcdef').truncate(3))
b.close()
attempt('read closed', lambda: b.read())
attempt('getvalue closed', lambda: b.getvalue())
attempt('write closed', lambda: b.write(b'z'))
s = io.BytesIO()
s.seek(3)
s.write(b'x')
print(s.getvalue())

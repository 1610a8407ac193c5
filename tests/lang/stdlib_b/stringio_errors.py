import io

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO('abc')
attempt('write int', lambda: s.write(5))
attempt('write bytes', lambda: s.write(b'x'))
attempt('neg seek', lambda: s.seek(-1))
attempt('cur seek', lambda: s.seek(1, 1))
attempt('end seek', lambda: s.seek(2, 2))
attempt('init int', lambda: io.StringIO(5))
attempt('readline size', lambda: io.StringIO('abcdef\n').readline(3))
attempt('read none', lambda: io.StringIO('xyz').read(None))
c = io.StringIO()
c.close()
attempt('read closed', lambda: c.read())
attempt('seek closed', lambda: c.seek(0))
attempt('tell closed', lambda: c.tell())
attempt('close twice', lambda: c.close())
attempt('closed', lambda: c.closed)

# startswith / endswith with tuples and windows.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'hello world'
for args in ((b'hello',), (b'world',), (b'',), (b'hello world!',), ((b'x', b'he'),), ((),),
             (b'world', 6), (b'wor', 6, 9), (b'wor', 6, 8), (b'', 11), (b'', 12), (b'o', -1),
             (b'lo', -7, -5), (bytearray(b'he'),), ((bytearray(b'zz'), b'hell'),), (b'h', None, None),
             (b'd', 0, 10**30), (b'h', -10**30)):
    print(args, b.startswith(*args), b.endswith(*args))
print(bytearray(b).startswith(b'hell'), bytearray(b).endswith((b'ld', b'x')), b''.startswith(b''))
print(b''.endswith(b''), b''.startswith(b'', 1), b'abc'.endswith(b'', 3), b'abc'.endswith(b'', 4))
show(lambda: b.startswith('hello'))
show(lambda: b.endswith(104))
show(lambda: b.startswith(['h']))
show(lambda: b.startswith((b'h', 'e')))
show(lambda: b.endswith(('d', b'x')))
show(lambda: b.startswith(None))
show(lambda: b.startswith(b'h', 'x'))
show(lambda: b.startswith())
show(lambda: b.endswith(b'a', 1, 2, 3))
show(lambda: b.startswith(prefix=b'h'))
show(lambda: bytearray(b).endswith('d'))

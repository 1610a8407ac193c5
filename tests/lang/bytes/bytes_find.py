# find, rfind, index, rindex and count, with windows and int subjects.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'abracadabra'
for sub in (b'a', b'abra', b'cad', b'zz', b'', 97, 122, bytearray(b'ra')):
    print(repr(sub), b.find(sub), b.rfind(sub), b.count(sub))
for args in ((b'a', 1), (b'a', 1, 4), (b'a', -4), (b'a', -4, -1), (b'abra', 1), (b'', 11), (b'', 12),
             (b'', 5, 3), (b'a', None, 5), (b'a', 3, None), (b'a', 10**30), (b'a', -10**30),
             (b'ra', 0, 10**30), (b'a', True)):
    print(args, b.find(*args), b.rfind(*args), b.count(*args))
print(b.index(b'b'), b.rindex(b'b'), b.index(99), b.rindex(b'abra', 0, 11), b.index(b'', 4))
print(bytearray(b).find(b'cad'), bytearray(b).count(97), bytearray(b).rindex(bytearray(b'a')))
print(b'aaaa'.count(b'aa'), b'aaaa'.find(b'aa', 1), b'aaaa'.rfind(b'aa'), b''.count(b''), b''.find(b''))
show(lambda: b.index(b'zz'))
show(lambda: b.rindex(b'zz'))
show(lambda: b.index(b'a', 11))
show(lambda: bytearray(b).index(b'q'))
show(lambda: b.find('a'))
show(lambda: b.count('a'))
show(lambda: b.find(256))
show(lambda: b.find(-1))
show(lambda: b.count(1.5))
show(lambda: b.find(b'a', 'x'))
show(lambda: b.find(b'a', 0, 1.5))
show(lambda: b.find())
show(lambda: b.rfind(b'a', 1, 2, 3))
show(lambda: b.count(sub=b'a'))
show(lambda: b.index())
show(lambda: bytes.find(b'abc', b'c'))
show(lambda: bytes.find('abc', b'c'))
show(lambda: bytearray.count(b'abc', b'c'))

# split and rsplit, with and without a separator and maxsplit.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in (b'a b  c', b'  lead and trail  ', b'', b'   ', b'one', b'\ttabs\nand\x0bvt\x0cff\rcr', b'\x1c\x1dnot space'):
    print(repr(b), b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=0))
for b in (b'a,b,,c', b',a,', b'', b',', b'abc', b'a,,b,,c'):
    print(repr(b), b.split(b','), b.rsplit(b','), b.split(b',', 1), b.rsplit(b',', 1), b.split(b',,'))
print(b'a--b--c'.split(b'--', maxsplit=1), b'a--b--c'.rsplit(sep=b'--', maxsplit=1))
print(b'a b c'.split(maxsplit=-1), b'a b c'.rsplit(None, -5), b'aXbXc'.split(bytearray(b'X')))
print(bytearray(b'x y').split(), bytearray(b'x,y').rsplit(b','), bytearray(b'').split())
print(b'aaa'.split(b'a'), b'aaa'.rsplit(b'aa'), b'abab'.split(b'ab'))
print(b'  a  b  '.split(None, 1), b'  a  b  '.rsplit(None, 1), b'a b'.split(None, 10**30 // 10**12))
show(lambda: b'a'.split(b''))
show(lambda: b'a'.rsplit(bytearray()))
show(lambda: b'a'.split('a'))
show(lambda: b'a'.split(1))
show(lambda: b'a b'.split(maxsplit='x'))
show(lambda: b'a b'.split(maxsplit=1.5))
show(lambda: b'a b'.split(maxsplit=10**20))
show(lambda: b'a'.split(None, 1, 2))
show(lambda: b'a'.split(seps=b'a'))
show(lambda: b'a'.rsplit(b'a', sep=b'a'))
show(lambda: b'a'.split(a=1, b=2, c=3))
show(lambda: b'a'.split('x', 'y'))
show(lambda: b'a'.rsplit(1, [2]))

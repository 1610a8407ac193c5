# Indexing gives ints, slicing gives the same type.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'abcdefgh'
print(b[0], b[7], b[-1], b[-8], type(b[0]).__name__)
print(b[2:5], b[:3], b[5:], b[:], b[-3:], b[:-3], b[10:], b[-100:2])
print(b[::2], b[1::2], b[::-1], b[::-3], b[6:1:-2], b[1:6:-1], b[5:2])
print(b[True], b[False:True], b[None:None:None])
print(b[:10**30], b[-10**30:], b[::10**30], b[::-10**30])
ba = bytearray(b'abcdefgh')
print(ba[0], ba[-1], ba[2:5], ba[::-1], ba[::3], type(ba[1:2]).__name__)
e = b''
print(e[:], e[::-1], e[5:10])
full = b[:]
print(full == b, full is b)
show(lambda: b[8])
show(lambda: b[-9])
show(lambda: b[10**20])
show(lambda: b['1'])
show(lambda: b[1.0])
show(lambda: b[None])
show(lambda: b[::0])
show(lambda: b['a':])
show(lambda: ba[8])
show(lambda: ba[-9])
show(lambda: ba['x'])
show(lambda: ba[1.5])
show(lambda: ba[::0])
show(lambda: e[0])
show(lambda: bytearray()[0])
for i in range(-3, 3):
    print(i, b'xyz'[i], bytearray(b'xyz')[i])

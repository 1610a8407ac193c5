# del list[slice] for every kind of slice.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def delete(lst, sl):
    del lst[sl]
    return lst

for sl in (slice(None), slice(2, 5), slice(-3, None), slice(None, None, 2),
           slice(1, None, 3), slice(None, None, -1), slice(None, None, -2),
           slice(8, 2, -2), slice(7, 3), slice(100, 200), slice(-100, 2),
           slice(None, None, 4), slice(9, None, -4), slice(0, 10 ** 30, 5),
           slice(2, 3, -1), slice(5, 5)):
    print(sl, delete(list(range(10)), sl))
a = list(range(10))
del a[::3]
print(a)
del a[::-2]
print(a)
del a[:]
print(a)
del a[:]
del a[::-1]
print(a)
check('step zero', lambda: delete([1, 2], slice(None, None, 0)))
check('bad bound', lambda: delete([1, 2], slice(None, 1.5)))
b = [[1], [2], [3]]
c = b[0]
del b[:2]
print(b, c)
d = list(range(20))
while d:
    del d[::2]
    print(d)

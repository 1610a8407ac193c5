# range[i] and range[slice] (slices of ranges are ranges).
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

r = range(2, 20, 3)
print([r[i] for i in range(-6, 6)], r[True], r[False])
check('past end', lambda: r[6])
check('before start', lambda: r[-7])
check('empty', lambda: range(0)[0])
check('big', lambda: r[10 ** 20])
check('big neg', lambda: r[-10 ** 20])
check('str', lambda: r['a'])
check('float', lambda: r[1.0])
check('none', lambda: r[None])
for sl in (slice(None), slice(1, 4), slice(None, None, -1), slice(None, None, 2),
           slice(10, None), slice(-2, None), slice(None, None, -2), slice(4, 1, -1),
           slice(-100, 100), slice(3, 3), slice(1, None, 10 ** 20), slice(None, None, -10 ** 20)):
    s = r[sl]
    print(sl, s, list(s), list(s) == list(r)[sl])
check('step zero', lambda: r[::0])
check('bad bound', lambda: r['a':])
for q in (range(10), range(10, 0, -1), range(-5, 5, 3), range(0), range(7, 3, -2)):
    print(q, q[::2], q[::-1], q[1:-1], q[-3:], q[::3][::-1])
print(range(10)[2:8][1:3], range(100)[::7][3:][::2])
print(r.__getitem__(2), r.__getitem__(slice(2)))

# Indexing and slicing tuples.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = tuple(range(10))
for i in (0, 3, -1, -10, True, False):
    print(i, t[i])
print(t[2:5], t[:3], t[7:], t[::2], t[::-1], t[8:2:-2], t[100:], t[-100:2], t[::-100])
print(t[10 ** 30:], t[:10 ** 30], t[::10 ** 30], t[5:5], t[None:None])
print(t[:] is t, t[::1] is t, t[0:10] is t, t[:9] is t)
check('past end', lambda: t[10])
check('before start', lambda: t[-11])
check('empty', lambda: ()[0])
check('big', lambda: t[10 ** 20])
check('str', lambda: t['a'])
check('float', lambda: t[1.0])
check('none', lambda: t[None])
check('step zero', lambda: t[::0])
check('bad bound', lambda: t['a':])
check('assign', lambda: t.__setitem__)
def setit():
    t[0] = 1
def delit():
    del t[0]
def setslice():
    t[1:2] = (5,)
check('setitem', setit)
check('delitem', delit)
check('setslice', setslice)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[-1][-1], nested[0][::-1])
print(t.__getitem__(3), t.__getitem__(slice(1, 3)), t.__len__(), t.__contains__(9))
check('getitem no arg', lambda: t.__getitem__())
print(len(()), len((1,)), len(t), bool(()), bool((0,)))

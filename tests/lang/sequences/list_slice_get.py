# Reading list slices: defaults, negative steps, clamping, huge bounds.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = list(range(10))
print(a[:], a[2:], a[:2], a[2:5], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2], a[2:8:-1], a[-1:-4:-1])
print(a[5:5], a[7:3], a[100:], a[:100], a[-100:], a[-100:-50], a[::100], a[::-100])
print(a[10 ** 30:], a[:10 ** 30], a[-10 ** 30:3], a[::10 ** 30], a[::-10 ** 30])
print(a[True:], a[:False], a[None:None:None], a[None:3], a[3:None:-1])
s = a[:]
print(s == a, s is a)
s[0] = 'changed'
print(a[0], s[0])
check('step zero', lambda: a[::0])
check('str bound', lambda: a['a':])
check('float bound', lambda: a[:1.5])
check('float step', lambda: a[::1.0])
check('list bound', lambda: a[[1]:])
e = []
print(e[:], e[::-1], e[5:], e[-1:])
for start in (None, -12, -3, 0, 3, 12):
    for stop in (None, -12, -3, 0, 3, 12):
        for step in (None, -3, -1, 1, 2):
            r = a[start:stop:step]
            if len(r) > 3:
                print(start, stop, step, r)
n = [[1], [2]]
m = n[:]
m[0].append('same')
print(n, m)
print(a[slice(2, 6)], a[slice(None, None, -3)], a[slice(5)])

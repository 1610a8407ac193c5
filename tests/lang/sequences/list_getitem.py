# list[i] reads: every index kind and error.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = ['a', 'b', 'c', 'd']
for i in range(-4, 4):
    print(i, a[i])
print(a[True], a[False], a[-True])
check('past end', lambda: a[4])
check('before start', lambda: a[-5])
check('empty', lambda: [][0])
check('big', lambda: a[10 ** 20])
check('big neg', lambda: a[-10 ** 20])
check('str', lambda: a['1'])
check('float', lambda: a[1.0])
check('none', lambda: a[None])
check('list', lambda: a[[1]])
check('tuple', lambda: a[1, 2])
check('dict', lambda: a[{}])
m = [[1, 2], [3, [4, 5]]]
print(m[1][1][0], m[-1][-1][-1], m[0][-2])
print(a.__getitem__(2), a.__getitem__(slice(1, 3)))
check('getitem no arg', lambda: a.__getitem__())
i = 0
while i < len(a):
    print(a[i], end=' ')
    i += 2
print()
big = list(range(100000))
print(big[99999], big[-100000], big[50000])

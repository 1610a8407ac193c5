# list.index, list.count, list.remove: windows, equality, messages.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 3, 2, 1, 2.0, True, 'x', (1,), [2]]
print(a.index(1), a.index(2), a.index(2, 2), a.index(2, -5), a.index(True))
print(a.index(1, 1), a.index('x', -3, -1), a.index((1,)), a.index([2]))
print(a.count(1), a.count(2), a.count(True), a.count('x'), a.count([2]), a.count(None))
check('index missing', lambda: a.index(9))
check('index str missing', lambda: a.index('y'))
check('index tuple missing', lambda: a.index((2,)))
check('index window', lambda: a.index(3, 3))
check('index window neg', lambda: a.index(3, -2, 100))
check('index empty window', lambda: a.index(1, 5, 2))
check('index big start', lambda: a.index(1, 10 ** 30))
check('index big neg start', lambda: a.index(1, -10 ** 30))
check('index big stop', lambda: a.index(2, 0, 10 ** 30))
check('index none start', lambda: a.index(1, None))
check('index str start', lambda: a.index(1, 'a'))
check('index float stop', lambda: a.index(1, 0, 1.5))
check('index no args', lambda: a.index())
check('index four args', lambda: a.index(1, 2, 3, 4))
check('count no args', lambda: a.count())

r = [3, 1, 3, 2, 3]
r.remove(3)
print(r)
r.remove(3)
print(r)
r.remove(2)
print(r)
check('remove missing', lambda: r.remove(9))
check('remove from empty', lambda: [].remove(0))
check('remove no arg', lambda: r.remove())
nan = float('nan')
n = [nan, 1]
print(nan in n, n.index(nan), n.count(nan))
n.remove(nan)
print(n)
print([1, 1.0, True].count(1), [0, False, 0.0, None, ''].count(0))
print([[1, 2], [1, 2]].count([1, 2]), [(1, [2])].index((1, [2])))

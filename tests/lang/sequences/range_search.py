# `in`, index and count on ranges, for ints and other values.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

r = range(2, 20, 3)
for v in (2, 5, 17, 20, 3, -1, 1, 0, True, False, 5.0, 5.5, '5', None, 10 ** 30):
    print(repr(v), v in r, v not in r, r.count(v))
print(r.index(2), r.index(17), r.index(11), r.index(5.0))
check('index missing', lambda: r.index(12))
check('index past', lambda: r.index(20))
check('index float missing', lambda: r.index(12.0))
check('index str', lambda: r.index('a'))
check('index bool', lambda: r.index(True))
check('index big', lambda: r.index(10 ** 30))
check('index no args', lambda: r.index())
check('index two args', lambda: r.index(2, 0))
check('count no args', lambda: r.count())
neg = range(10, -10, -4)
print(list(neg), [v in neg for v in (10, 6, -6, -10, 0, 8)], neg.index(-6), neg.count(2))
print(True in range(2), False in range(1, 3), range(2).index(True), range(5).count(True))
print(1.0 in range(3), 2.5 in range(3), range(3).index(2.0), range(4).count(3.0))
e = range(0)
print(0 in e, e.count(0))
check('empty index', lambda: e.index(0))
print(range(5).__contains__(3), range(5).__contains__('x'))
print(range(0, 10 ** 6, 7).index(699993), range(0, 10 ** 6, 7)[99999])

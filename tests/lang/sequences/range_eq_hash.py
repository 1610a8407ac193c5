# Range equality is by the sequence denoted; equal ranges hash alike.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

pairs = [(range(0), range(5, 5)), (range(0), range(3, 0)), (range(0, 5, 2), range(0, 6, 2)),
         (range(1, 2), range(1, 2, 5)), (range(1, 2), range(1, 3)), (range(3), range(0, 3, 1)),
         (range(0, 3, 2), range(0, 4, 2)), (range(3, 0, -1), range(3, 0, -2)),
         (range(5), range(1, 5)), (range(-1, 2, 3), range(-1, 0))]
for x, y in pairs:
    print(x, y, x == y, x != y, hash(x) == hash(y))
r = range(4)
print(r == r, r == [0, 1, 2, 3], r == (0, 1, 2, 3), r != [0, 1, 2, 3], list(r) == [0, 1, 2, 3])
check('<', lambda: range(1) < range(2))
check('<=', lambda: range(1) <= range(1))
check('> list', lambda: range(1) > [0])
check('>=', lambda: range(1) >= 0)
d = {range(3): 'r3', range(0): 'empty'}
print(d[range(0, 3)], d[range(5, 5)], d[range(9, 2)], range(0, 3, 1) in d)
print(hash(range(0)) == hash(range(5, 2)), hash(range(7, 8)) == hash(range(7, 100, 1000)))
print([range(3)].count(range(0, 3)), range(0, 3) in [range(3)], (range(1),) == (range(0, 1),))
print(range(3).__eq__(range(3)), range(3).__eq__([0, 1, 2]), range(3).__lt__(range(4)))
print(range(3).__hash__() == hash(range(3)), range(2).__ne__(range(0, 2)))

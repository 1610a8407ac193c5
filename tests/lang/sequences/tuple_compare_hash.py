# Tuple comparisons and hashing.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

pairs = [((), ()), ((), (0,)), ((1,), (1,)), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)),
         ((2,), (1, 9)), ((1, (2,)), (1, (3,))), (('a',), ('b',)), ((1.0,), (1,)),
         ((True,), (1,)), ((0, 'x'), (1, 1))]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
print((1,) == [1], () == [], (1,) != [1], (1, 2) == (1, 2.0))
check('< list', lambda: (1,) < [1])
check('< int', lambda: () < 0)
check('item types', lambda: (1,) < ('a',))
check('later items', lambda: (1, 2) < (1, 'b'))
check('none items', lambda: (None,) < (None,))
print((None,) == (None,), (None,) < (None, 0))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash((1,)) == hash((1.0,)), hash((1, (2, 'a'))) == hash((1, (2, 'a'))))
print(hash(('a', 'b')) == hash(tuple('ab')), hash((True,)) == hash((1,)))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1,)), hash(((),)), hash((1.5, -2)))
check('unhashable list', lambda: hash((1, [2])))
check('unhashable dict', lambda: hash(({},)))
check('unhashable nested', lambda: hash((1, (2, [3]))))
check('unhashable set', lambda: hash(({1},)))
check('slice item', lambda: hash((slice(1),)))
d = {(1, 2): 'a', (): 'e', ((1,), 2): 'n'}
print(d[(1, 2)], d[()], d[(1,), 2], d[1, 2], (1, 2) in d, (2, 1) in d)
d[(1.0, 2.0)] = 'float key'
print(d[(1, 2)], len(d))
print((1, 2).__hash__() == hash((1, 2)), ().__eq__(()), (1,).__lt__((2,)), (1,).__lt__(1))
print(max((1, 2), (1, 3), (0, 9)), min([(2, 'b'), (2, 'a')]))

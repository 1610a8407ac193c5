# Comparing lists: lexicographic order, equality, errors.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

pairs = [([], []), ([], [0]), ([1], [1]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]),
         ([2], [1, 9]), ([1, [2]], [1, [3]]), (['a'], ['b']), ([1.0], [1]),
         ([True], [1]), ([0, 'x'], [1, 1]), ([[]], [[], []])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
a = [1, 2]
print(a == a, a is a, a == a[:], a != a[:])
nan = float('nan')
n = [nan]
print(n == n, n == [nan], [1, nan] < [1, nan], [nan] < [nan, 0])
print([1] == (1,), [1] != (1,), [] == (), [1] == 1, [1] == None, [] == '')
check('< int', lambda: [1] < 1)
check('<= str', lambda: [1] <= 'a')
check('> tuple', lambda: [1] > (1,))
check('>= None', lambda: [] >= None)
check('item types', lambda: [1] < ['a'])
check('item types later', lambda: [1, 2] < [1, 'b'])
check('item types eq only', lambda: [1, 2] == [1, 'b'])
check('nested', lambda: [[1]] < [['a']])
check('none items', lambda: [None] < [None])
print([None] == [None], [None] < [None, 1])
print(a.__eq__(a), a.__eq__(1), a.__lt__([3]), a.__lt__(1), a.__ne__((1, 2)))
r = [1]
r.append(r)
print(r == r)
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
words = [['b', 1], ['a', 2], ['b', 0]]
words.sort()
print(words)

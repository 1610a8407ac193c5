# Tuples: creation, methods, comparison, hashing, single-element repr.
t = (1, 2, 3, 2, 1)
print(t, t.count(2), t.count(9), t.index(2), t.index(1, 1), t.index(2, 2, 4))
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
print((), (1,), (1, 2), tuple(), tuple([1]), tuple('ab'), tuple(range(3)), tuple({5: 'x'}))
print(repr((1,)), repr(('a',)), repr(((),)), str((None,)), len(((),)))
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), () * 4, (1, 2) * -1)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 'a') == (1, 'a'), () < (0,))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
d = {(1, 2): 'pair', (): 'empty'}
print(d[(1, 2)], d[()], d[1, 2])
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    (1,)[3]
except IndexError as e:
    print('IndexError:', e)
print(t[1:3], t[::-1], t[-1], t[:0])
a, b, *c = t
print(a, b, c)
nested = ([1, 2], 3)
nested[0].append(99)
print(nested)
print(tuple(x * 2 for x in range(3)))
x = 1, 2
y = x,
print(x, y, len(y))

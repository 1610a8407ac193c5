# Iterating ranges forwards and backwards.
for r in (range(5), range(2, 11, 3), range(10, 0, -3), range(0), range(5, 0), range(-3, 3, 2),
          range(1, 2, 100), range(-1, -2, -100)):
    print(r, list(r), list(reversed(r)), [x for x in r], tuple(r))
it = range(3).__iter__()
print(it.__length_hint__(), it.__next__(), it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed(range(1, 10, 4))
print(type(rit).__name__, list(rit), list(rit))
it2 = range(2).__iter__()
print(it2.__next__(), it2.__next__())
try:
    it2.__next__()
except StopIteration:
    print('StopIteration')
print(list(it2))
print(list(range(3).__reversed__()), type(range(3).__iter__()).__name__)
total = 0
for i in range(1, 101):
    total += i
print(total)
nested = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(nested)
for i in range(3):
    for j in range(i):
        print(i, j, end='; ')
print()
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print(list(map(lambda v: v * v, range(5))), list(filter(lambda v: v % 2, range(10))))

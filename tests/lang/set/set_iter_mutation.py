# Mutating a set while iterating over it.
s = set([1, 2, 3])
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
print(s)
it = s.__iter__()
it.__next__()
s.discard(1)
for _ in range(2):
    try:
        it.__next__()
    except RuntimeError as e:
        print('RuntimeError:', e)
s.add(1)
try:
    it.__next__()
except RuntimeError as e:
    print('sticky:', e)
t = set([1, 2, 3])
it = t.__iter__()
print(it.__length_hint__())
it.__next__()
print(it.__length_hint__())
t.add(99)
print(it.__length_hint__())
u = set([1, 2, 3])
seen = []
for x in u:
    u.remove(x)
    u.add(x + 100)
    seen = [*seen, x]
print(sorted_ok := len(seen) > 0, u)
f = frozenset([1, 2])
it = f.__iter__()
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print('stop')
try:
    it.__next__()
except StopIteration:
    print('stop again')
print(type(set().__iter__()).__name__, [*set([3, 2, 1]).__iter__()])

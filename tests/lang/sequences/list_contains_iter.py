# `in`, iteration and reversed over lists, including changes while iterating.
a = [1, 'two', 3.0, None, (4,), [5]]
for v in (1, 'two', 3, None, (4,), [5], 5, 'x', 1.0, True):
    print(repr(v), v in a, v not in a)
nan = float('nan')
print(nan in [nan], [] in [[]], [[]] in [[]])
out = []
for x in [1, 2, 3]:
    out.append(x * 2)
print(out)
grow = [1, 2]
for x in grow:
    if x < 5:
        grow.append(x + 2)
print(grow)
shrink = [1, 2, 3, 4, 5, 6]
seen = []
for x in shrink:
    seen.append(x)
    if shrink:
        shrink.pop()
print(seen, shrink)
print(list(reversed([1, 2, 3])), list(reversed([])))
r = [1, 2, 3]
it = reversed(r)
r.append(4)
print(list(it))
r2 = [1, 2, 3, 4]
it2 = reversed(r2)
print(it2.__next__())
del r2[:]
print(list(it2))
it3 = [1, 2].__iter__()
print(it3.__next__(), it3.__next__(), list(it3), list(it3))
it4 = [10, 20, 30].__iter__()
print(it4.__length_hint__())
it4.__next__()
print(it4.__length_hint__())
print(type(it4).__name__, type(reversed([])).__name__, type([].__reversed__()).__name__)
print(list([7, 8].__reversed__()))
total = 0
for row in [[1, 2], [3, 4]]:
    for v in row:
        total += v
print(total, [x for x in [3, 1, 2] if x > 1], {x: x * x for x in [1, 2]})
print(a.__contains__('two'), a.__contains__('zz'), len(a), a.__len__())
g = [1]
git = g.__iter__()
print(git.__next__(), list(git))
g.extend([2, 3, 4])
print(list(git), git.__length_hint__())
h = [1, 2, 3]
hit = reversed(h)
print(hit.__length_hint__(), hit.__next__(), hit.__length_hint__())
del h[:]
print(hit.__length_hint__(), list(hit))
h.extend([7, 8, 9])
print(list(hit), hit.__length_hint__())

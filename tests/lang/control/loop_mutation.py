# Safe and observable effects of mutating containers while looping.
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
items = [1, 2, 3, 4, 5, 6]
seen = []
for x in items:
    seen.append(x)
    if x == 2:
        items.remove(x)
print(seen, items)
d = {1: 'a', 2: 'b', 3: 'c'}
for k in list(d):
    if k != 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print('RuntimeError:', e)
lst = [0]
for v in lst:
    if v < 5:
        lst.append(v + 1)
print(lst)

# Every list method.
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend('ab'); a.extend(range(2)); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'before-last'); a.insert(-100, 'very-first'); print(a)
a.remove('a'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(1, 2), a.count(1), a.count('zz'))
b = a.copy(); b.append('copy-only'); print(a, b)
a.clear(); print(a, b)
c = [1, 2, 3, 2, 1]
print(c.index(2, 2), c.index(1, -1), c.index(3, 0, 3))
try:
    c.index(3, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    c.remove(9)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
c.reverse(); print(c)
print(c.append(0), c.extend([]), c.insert(0, 0), c.reverse(), c.sort(), c)
d = [[1]]
e = d.copy()
e[0].append(2)
print(d, e, d[0] is e[0])

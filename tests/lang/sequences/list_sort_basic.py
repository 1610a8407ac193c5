# list.sort: order, key, reverse, stability, return value.
a = [5, 2, 9, 1, 5, 6, -3, 0, 2.5, True]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']
w.sort()
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
w.sort(key=lambda s: s[-1])
print(w)
recs = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1), ('f', 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
recs.sort()
print(recs)
print([3, 1, 2].sort(), [].sort(), [1].sort(key=None))
same = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
same.sort(key=lambda p: 0, reverse=True)
print(same)
same.sort(key=lambda p: p[0], reverse=True)
print(same)
nested = [[2, 1], [1, 2], [1, 1, 1], [1], []]
nested.sort()
print(nested)
neg = [3, -1, -4, 1, 5, -9, 2, 6]
neg.sort(key=abs)
print(neg)
big = [(i * 7919) % 1000 for i in range(500)]
big.sort()
print(big[:10], big[-10:], [big[i] <= big[i + 1] for i in range(len(big) - 1)].count(False) == 0)
desc = list(range(300, 0, -1))
desc.sort()
print(desc[:5], desc[-5:])
runs = list(range(100)) + list(range(50)) + list(range(200, 100, -1))
runs.sort()
print(runs[:5], runs[95:105], runs[-3:])
stab = [(k % 3, k) for k in range(200)]
stab.sort(key=lambda p: p[0])
print(stab[:5], stab[66:70], stab[-3:])
stab.sort(key=lambda p: p[0], reverse=True)
print(stab[:5], stab[-3:])
fl = [0.5, -0.0, 0.0, -1e300, 1e300, 3]
fl.sort()
print(fl)
strs = ['b', 'B', 'a', 'A', '', 'ab', 'aB']
strs.sort()
print(strs)
print([1, 2, 3].sort(reverse=0), [3, 2].sort(reverse=5))
tuples = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
tuples.sort(reverse=True)
print(tuples)
zeros = [0.0, -0.0, 1.5, -0.0, 0.0, -2.5]
zeros.sort()
print(zeros)
zeros.sort(reverse=True)
print(zeros)
nan = float('nan')
nans = [3.0, nan, 1.0, 2.0, nan, 0.5, -1.0]
nans.sort()
print(nans)
nans2 = [5, 1, nan, 4, 2, 3.5, nan, 0]
nans2.sort(reverse=True)
print(nans2)
long_nans = [(i * 37) % 101 + (nan if i % 17 == 0 else 0.0) for i in range(150)]
long_nans.sort()
print(long_nans[:8], long_nans[-8:])
big_ints = [10 ** 20, -10 ** 20, 5, 2 ** 63, -3]
big_ints.sort()
print(big_ints)
ws = ['é', 'e', 'z', 'ä', 'a', '\u4e2d', '', 'Z']
ws.sort()
print(ws)
ws.sort(key=lambda s: (s,), reverse=True)
print(ws)

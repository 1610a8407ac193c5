import bisect

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
print(a)
b = [1, 1.0, 2]
bisect.insort_left(b, 1.0)
bisect.insort_right(b, True)
print(b, [type(v).__name__ for v in b])
c = [10, 20, 30]
bisect.insort(c, 25, 0, 2)
print(c)
d = [1, 3, 5]
bisect.insort_left(d, 3, lo=1)
bisect.insort_right(d, 0, hi=0)
print(d)

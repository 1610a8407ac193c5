# List slicing and slice assignment/deletion.
a = list(range(10))
print(a[2:7], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[7:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:5], a[8:2], a[::-100])
b = a[:]
print(b == a, b is a)
a[2:5] = []
print(a)
a[0:0] = [-2, -1]
print(a)
a[-2:] = 'xyz'
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1::2]
print(a)
c = [1, 2, 3, 4, 5]
c[1:4] = c
print(c)
d = [1, 2, 3]
d[1:2] = [[9, 9]]
print(d)
try:
    d[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    d[::0]
except ValueError as e:
    print('ValueError:', e)
e = list(range(6))
e[4:1:-1] = ['a', 'b', 'c']
print(e)
f = list(range(5))
del f[::-2]
print(f)
try:
    f[0:1] = 5
except TypeError as e:
    print('TypeError:', e)

# Assigning to subscripts and slices.
a = list(range(10))
a[0] = 'first'
a[-1] = 'last'
print(a)
a = list(range(10))
a[2:5] = ['x']
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4, 5]
print(a)
a[:2] = []
print(a)
b = list(range(10))
b[::2] = 'abcde'
print(b)
b[1::3] = [None] * 3
print(b)
b[::-1] = list(range(10))
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
c[-100:1] = ['start']
print(c)
d = {}
d[1, 2] = 'tuple key'
d[(3,)] = 'one-tuple'
print(d)
nested = [[1, 2], [3, 4]]
nested[1][0] = 'changed'
print(nested)
e = [0] * 5
e[1:4] = range(3)
print(e)
e[3:1] = ['between']
print(e)
s = list('hello')
s[1:4] = 'EYY'
print(''.join(s))

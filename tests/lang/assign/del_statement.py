# del of names, subscripts, slices.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
a = list(range(10))
del a[::-3]
print(a)
del a[:]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError:', e)
p, q = 1, 2
del p, q
try:
    q
except NameError as e:
    print('NameError:', e)
lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1]
print(lst)
try:
    del lst[5]
except IndexError as e:
    print('IndexError:', e)
def f():
    y = 5
    del y
    return 'deleted local'
print(f())
b = [1, 2, 3]
del b[10:20]
print(b)

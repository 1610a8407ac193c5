# Assigning to list slices of step 1: replace, grow, shrink, insert.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def assign(lst, sl, v):
    lst[sl] = v
    return lst

a = list(range(8))
a[2:4] = ['x']
print(a)
a[2:3] = ['p', 'q', 'r']
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = ['end']
print(a)
a[3:3] = 'ab'
print(a)
a[:] = range(3)
print(a)
a[5:1] = ['ins']
print(a)
a[-1:] = ()
print(a)
a[10:20] = [10]
print(a)
a[-100:1] = [None]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = b
print(b)
c = [1, 2, 3]
c[:] = c
print(c)
c[1:] = (x * 10 for x in c)
print(c)
c[::1] = {'k': 1}
print(c)
c[0:1] = [[0, 0]]
print(c)
d = list(range(5))
d[1:-1] = []
print(d)
check('int value', lambda: assign([1, 2], slice(0, 1), 5))
check('none value', lambda: assign([1, 2], slice(0, 1), None))
check('step zero', lambda: assign([1, 2], slice(None, None, 0), [1]))
check('bad bound', lambda: assign([1, 2], slice('a', None), [1]))
e = [0, 1, 2]
e[1:2] = [e]
print(e)
f = []
f[:] = 'hello'
print(f)
f[1:4] = []
print(f)
g = list(range(4))
g[True:3] = 'X'
print(g)

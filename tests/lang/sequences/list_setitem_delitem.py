# list[i] = v and del list[i] with ints.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def setit(lst, k, v):
    lst[k] = v
    return lst

def delit(lst, k):
    del lst[k]
    return lst

a = [0, 1, 2, 3]
a[0] = 'zero'
a[-1] = 'three'
a[True] = 'one'
print(a)
check('set past end', lambda: setit([1], 1, 0))
check('set before start', lambda: setit([1], -2, 0))
check('set empty', lambda: setit([], 0, 0))
check('set big', lambda: setit([1], 10 ** 20, 0))
check('set str', lambda: setit([1], 'a', 0))
check('set float', lambda: setit([1], 0.0, 0))
check('set none', lambda: setit([1], None, 0))
b = list(range(6))
del b[0]
print(b)
del b[-1]
print(b)
del b[2]
print(b)
del b[False]
print(b)
check('del past end', lambda: delit([1], 1))
check('del before start', lambda: delit([1], -2))
check('del empty', lambda: delit([], 0))
check('del big', lambda: delit([1], 10 ** 20))
check('del str', lambda: delit([1], 'a'))
check('del float', lambda: delit([1], 1.5))
c = [1, 2]
c[0] = c
print(c)
c.__setitem__(1, 'two')
c.__delitem__(0)
print(c)
check('setitem one arg', lambda: c.__setitem__(0))
check('delitem no arg', lambda: c.__delitem__())
d = [0] * 5
for i in range(5):
    d[i] = i * i
print(d)
while d:
    del d[len(d) // 2]
    print(d)

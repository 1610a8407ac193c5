# list += iterable and list *= n update the list in place.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1]
alias = a
a += [2]
a += (3, 4)
a += range(5, 7)
a += 'xy'
a += {'k': 0}
a += (i for i in [7])
print(a, alias is a)
a *= 2
print(a, alias is a)
a *= 1
print(len(a))
a *= 0
print(a, alias)
b = [1, 2]
b += b
print(b)
b *= -1
print(b)
c = [0]
c *= True
print(c)
c *= False
print(c)

def iadd(x, y):
    x += y
    return x

def imul(x, y):
    x *= y
    return x

check('+= int', lambda: iadd([1], 1))
check('+= None', lambda: iadd([1], None))
check('*= str', lambda: imul([1], 'a'))
check('*= float', lambda: imul([1], 2.0))
check('*= list', lambda: imul([1], [2]))
check('*= huge', lambda: imul([0], 10 ** 12))
check('*= overflow', lambda: imul([0], 10 ** 20))
check('*= 2**62', lambda: imul([1, 2], 2 ** 62))
check('empty *= huge', lambda: imul([], 2 ** 62))
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
t *= 2
print(t)
m = [[0]]
n = m
m[0] += [1]
m *= 2
print(m, n, m[0] is m[1])
check('__iadd__ int', lambda: [1].__iadd__(1))
check('__iadd__ tuple', lambda: [1].__iadd__((2,)))
check('__imul__ str', lambda: [1].__imul__('a'))
check('__imul__ big', lambda: [1].__imul__(10 ** 20))
check('__imul__ 3', lambda: [1, 2].__imul__(3))

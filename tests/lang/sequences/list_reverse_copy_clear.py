# list.reverse, list.copy, list.clear and aliasing.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in range(5):
    a = list(range(n))
    a.reverse()
    print(a)
b = [1, [2, 3], 'x']
c = b.copy()
print(c == b, c is b, c[1] is b[1])
c[1].append(4)
c.append('new')
print(b, c)
d = b
b.clear()
print(b, d, c)
print(b.reverse(), b.copy(), b.clear(), b)
check('reverse arg', lambda: [].reverse(1))
check('copy arg', lambda: [].copy(1))
check('clear arg', lambda: [].clear(1))
check('unbound clear', lambda: list.clear((1,)))
e = [1, 2, 3]
f = e[:]
e.clear()
print(e, f)
g = [1]
g.append(g)
h = g.copy()
print(h, h[1] is g)
g.clear()
print(g, h)
big = list(range(1000))
big.reverse()
print(big[:5], big[-5:], len(big))

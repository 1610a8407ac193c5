# Tuple and list unpacking.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
[e, f] = (5, 6)
print(c, d, e, f)
x, y, z = 'xyz'
print(x, y, z)
p, q = range(2)
print(p, q)
k1, k2 = {'first': 1, 'second': 2}
print(k1, k2)
a, b, c = (i * i for i in range(3))
print(a, b, c)
(a, b), (c, d) = (1, 2), [3, 4]
print(a, b, c, d)
[a, [b, [c]]] = 1, (2, (3,))
print(a, b, c)
t = 1,
print(t, len(t))
single, = [42]
print(single)
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 'X'
print(i, lst)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
m, n = n, m = 5, 6
print(m, n)

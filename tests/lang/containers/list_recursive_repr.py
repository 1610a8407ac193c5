# repr of self-referencing containers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
print(len(a), a[2] is a, a[2][2][2][0])
b = [a, a]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
e = {'self': None}
e['self'] = e
print(e)
f = [e]
print(f)
g = {1: [], 2: ()}
g[1].append(g)
print(g)
t = ([],)
t[0].append(t)
print(t)
h = [1]
h.append([h, [h]])
print(h)

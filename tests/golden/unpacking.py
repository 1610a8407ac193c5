a, b = 1, 2
a, b = b, a
first, *rest = [1, 2, 3]
*init, last = "xyz"
(p, q), r = (1, 2), 3
x = y = z = 0
data = {}
data["k"] += 1
obj.attr *= 2
seq[1:3] = []
del seq[0], obj.attr, x
t = (*rest, *init)
d = {**data, "e": 5}
print(*rest, sep="", **d)
obj.method(*rest)

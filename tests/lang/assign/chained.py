# Chained assignment: targets assigned left to right, value evaluated once.
a = b = c = 0
print(a, b, c)
x = y = [1, 2]
x.append(3)
print(y, x is y)
calls = []
def val():
    calls.append('val')
    return 7
p = q = val()
print(p, q, calls)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 1
print(i, lst)
d = {}
d['a'] = d['b'] = 'same'
print(d)
m, n = o = (1, 2)
print(m, n, o)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)

import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'])
a[1].append(99)
print(s, d)
print(copy.copy(5), copy.copy('s'), copy.copy((1, 2)), copy.copy(None))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, 2, 'x')
print(copy.deepcopy(t2) is t2)
st = {1, 2, 3}
print(copy.copy(st), copy.copy(st) is st, copy.deepcopy(frozenset([1])))
dd = {'a': [1], 'b': {'c': 2}}
dc = copy.deepcopy(dd)
dc['b']['c'] = 3
print(dd, dc)
ba = bytearray(b'xy')
bc = copy.copy(ba)
bc[0] = 65
print(ba, bc)
print(copy.copy(len) is len, copy.deepcopy(int) is int)
def f():
    pass
print(copy.deepcopy(f) is f)

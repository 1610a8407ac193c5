# | and |= merging, ** unpacking.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [('w', 0)]
print(c)
try:
    a | [('k', 1)]
except TypeError as e:
    print('TypeError:', e)
print({**a, **b}, {**b, 'x': 'lit', **{}}, {'first': 0, **a})
merged = dict(a, **{'extra': 1})
print(merged)
def f(**kw):
    return kw
print(f(**a, q=1))
try:
    f(**a, x=9)
except TypeError as e:
    print('TypeError:', e)

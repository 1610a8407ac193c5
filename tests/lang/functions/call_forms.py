# Every argument-passing form.
def f(a, b, c=0, *args, d=1, **kw):
    return (a, b, c, args, d, sorted(kw.items()))
print(f(1, 2))
print(f(1, b=2))
print(f(b=2, a=1))
print(f(1, 2, 3, 4, 5))
print(f(1, 2, d=9, e=10))
print(f(*[1, 2, 3]))
print(f(1, *[2], **{'d': 5}))
print(f(*(1, 2), *(3, 4), **{'x': 1}, **{'y': 2}))
print(f(1, 2, *[], **{}))
t = (1, 2)
d = {'c': 3}
print(f(*t, **d))
print(f(**{'a': 'A', 'b': 'B'}))
def g():
    return 'g'
print(g(*[], **{}))
nested = lambda *a: a
print(nested(*nested(1, 2), *nested(3)))
print(f(1, 2, 3, *range(2), d=0, **dict(z=26)))
print(f(
    1,
    2,
))

# *args and **kwargs.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return kw
print(h(), h(x=1, y=2), h(**{'a': 1}))
def every(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(every(1, c=3))
print(every(1, 2, 3, 4, c=5, e=6, f=7))
print(every(*[1, 2, 3], **{'c': 9, 'z': 0}))
args = (1, 2)
kwargs = {'c': 3}
print(every(*args, **kwargs))
print(every(0, *args, *args, c=1, **kwargs, **{'q': 1}) if False else 'skip')
print(f(*'abc'), f(*range(3), *[9]))
print(h(**{'x': 1}, **{'y': 2}, z=3))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def pos_and_kw(a, b):
    return a - b
print(pos_and_kw(*[10], **{'b': 3}), pos_and_kw(b=1, a=5))
print(max(*[3, 1, 2]), print(*[], sep='-'))

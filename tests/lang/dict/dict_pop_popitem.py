# pop and popitem: defaults, LIFO order, errors.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print(d.pop('b'), d, d.pop('zz', None), d.pop('zz', 'dflt'))
print(d.popitem(), d.popitem(), d)
d['e'] = 5
d['a'] = 10
print(d.popitem(), d)
print(d.popitem(), d, len(d))
attempt('popitem empty', lambda: d.popitem())
attempt('pop missing', lambda: {1: 2}.pop(3))
attempt('pop missing tuple', lambda: {1: 2}.pop((3, 4)))
attempt('pop empty unhashable', lambda: {}.pop([]))
attempt('pop empty unhashable default', lambda: {}.pop([], 'x'))
attempt('pop nonempty unhashable', lambda: {1: 2}.pop([], 'x'))
attempt('pop no args', lambda: {}.pop())
attempt('pop 3 args', lambda: {}.pop(1, 2, 3))
attempt('popitem arg', lambda: {}.popitem(1))
attempt('pop kw', lambda: {1: 2}.pop(1, default=3))
e = {i: i * i for i in range(6)}
out = []
while e:
    out = [*out, e.popitem()]
print(out)
f = {1: 'x', 2: 'y'}
del f[2]
f[3] = 'z'
print(f.popitem(), f.popitem(), f)
g = {1.0: 'float'}
print(g.pop(1), g, {True: 't'}.pop(1.0))
h = {'k': 'v'}
print(h.pop('k'), h.pop('k', 'gone'), h)

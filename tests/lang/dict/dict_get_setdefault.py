# get and setdefault: defaults, stored keys, argument and hash errors.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 2: 'two', (1, 2): 'pair', None: 'none'}
print(d.get('a'), d.get('b'), d.get('b', 0), d.get(2), d.get(2.0), d.get(True))
print(d.get((1, 2)), d.get((1.0, 2)), d.get(None), d.get(None, 'dflt'))
print(d.setdefault('a'), d.setdefault('a', 'ignored'), d.setdefault('new'), d)
print(d.setdefault('sub', {}), d.setdefault('sub', {1: 1}), d['sub'] is d.setdefault('sub'))
d.setdefault('sub')['k'] = 5
print(d['sub'])
e = {}
for w in ['x', 'y', 'x', 'z', 'x']:
    e[w] = e.get(w, 0) + 1
print(e)
f = {1: 'int'}
print(f.setdefault(1.0, 'float'), f.setdefault(True, 'bool'), f)
attempt('get no args', lambda: d.get())
attempt('get 3 args', lambda: d.get(1, 2, 3))
attempt('get kw', lambda: d.get('a', default=1))
attempt('get unhashable', lambda: d.get([]))
attempt('get unhashable dict', lambda: {}.get({}))
attempt('setdefault no args', lambda: d.setdefault())
attempt('setdefault 3 args', lambda: d.setdefault(1, 2, 3))
attempt('setdefault unhashable', lambda: d.setdefault({1}, 2))
attempt('get on set', lambda: dict.get({1}, 1))
print(len(d), 'ok')

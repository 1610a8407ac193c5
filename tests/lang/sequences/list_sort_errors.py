# list.sort failures: bad arguments, failing comparisons and keys,
# and a list changed while it is being sorted.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

check('positional', lambda: [].sort(1))
check('bad keyword', lambda: [].sort(foo=1))
check('reverse str', lambda: [].sort(reverse='a'))
check('reverse None', lambda: [].sort(reverse=None))
check('reverse float', lambda: [].sort(reverse=1.5))
check('mixed 2', lambda: [1, 'a'].sort())
check('mixed 3', lambda: [3, 'a', 1].sort())
check('mixed tail', lambda: [1, 2, 'a'].sort())
check('mixed desc', lambda: [3, 1, 'a'].sort())
check('none', lambda: [None, None].sort())
check('complex key', lambda: [1, 2].sort(key=lambda x: [x, 'a'][x - 1]))
check('key not callable', lambda: [1, 2].sort(key=5))
check('key None single', lambda: [1].sort(key=5))

a = [5, 3, 'x', 1, 4, 2]
try:
    a.sort()
except TypeError as e:
    print('TypeError', e)
print(len(a), a.count('x'), [v for v in a if v != 'x'] != [], 'x' in a)
print([v in a for v in [5, 3, 'x', 1, 4, 2]].count(False) == 0)

def bad_key(v):
    if v == 3:
        raise ValueError('no threes')
    return -v

b = [1, 2, 3, 4]
try:
    b.sort(key=bad_key)
except ValueError as e:
    print('ValueError', e)
print('untouched', b)

c = [3, 1, 2]
def meddle(v):
    c.append(v)
    return v
try:
    c.sort(key=meddle)
except ValueError as e:
    print('ValueError', e)
print('after meddle', c)

d = [3, 1, 2]
seen = []
def look(v):
    seen.append(len(d))
    return v
d.sort(key=look)
print('list looks empty during sort', seen, d)

e = [2, 1]
def clear_it(v):
    e.clear()
    return v
e.sort(key=clear_it)
print('cleared during sort', e)

# Set operators with non-set operands, and their in-place forms.
s = set([1])
f = frozenset([1])
for other in [[1], (1,), 1, 'a', {1: 2}, None]:
    for name, fn in [('|', lambda: s | other), ('&', lambda: s & other), ('-', lambda: s - other),
                     ('^', lambda: s ^ other), ('r|', lambda: other | f), ('r&', lambda: other & f),
                     ('r-', lambda: other - s), ('r^', lambda: other ^ s)]:
        try:
            fn()
            print(name, 'no error')
        except TypeError as e:
            print(name, 'TypeError:', e)
for name in ['|=', '&=', '-=', '^=']:
    t = set([1])
    try:
        if name == '|=':
            t |= [2]
        elif name == '&=':
            t &= [2]
        elif name == '-=':
            t -= [2]
        else:
            t ^= [2]
    except TypeError as e:
        print(name, 'TypeError:', e)
g = f
g |= set([2])
print(g, f, g is f, type(g).__name__)
g = f
g -= set([1])
print(g, f, g is f)
g = f
g &= frozenset()
print(g, g is f)
g = f
g ^= set([1, 5])
print(g, g is f)
try:
    s + s
except TypeError as e:
    print('TypeError:', e)
try:
    s * 2
except TypeError as e:
    print('TypeError:', e)
try:
    -s
except TypeError as e:
    print('TypeError:', e)
print(s.__or__([1]), s.__and__(1), s.__ior__([1]), s.__rsub__(set([1, 2])))

# slice.indices(length).
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

slices = [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(1, 100, 2),
          slice(-100, 100), slice(8, 2, -2), slice(None, None, 3), slice(5, 5), slice(-1, -20, -1),
          slice(20, None, -1), slice(None, -20, -1), slice(3, None, -3), slice(True, None, True)]
for s in slices:
    for n in (0, 1, 5, 10):
        print(s, n, s.indices(n), len(range(*s.indices(n))), list(range(n))[s] == list(range(*s.indices(n))))
print(slice(0, 10 ** 20).indices(5), slice(None, None, 10 ** 20).indices(5))
print(slice(None).indices(10 ** 20), slice(-10 ** 20, 10 ** 20, -10 ** 30).indices(7))
print(slice(None, None, -1).indices(10 ** 20), slice(5, None).indices(True))
check('step zero', lambda: slice(0, 1, 0).indices(5))
check('negative length', lambda: slice(None).indices(-1))
check('float length', lambda: slice(None).indices(1.5))
check('str length', lambda: slice(None).indices('5'))
check('no length', lambda: slice(None).indices())
check('two lengths', lambda: slice(None).indices(1, 2))
check('str start', lambda: slice('a').indices(5))
check('str start only', lambda: slice('a', None).indices(5))
check('float step', lambda: slice(None, None, 1.0).indices(5))
check('float stop', lambda: slice(None, 2.0).indices(5))

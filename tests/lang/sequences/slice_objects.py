# slice(...) construction, attributes, repr, hashing.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in (slice(5), slice(1, 5), slice(1, 5, 2), slice(None), slice(None, None, None),
          slice(-1, None, -1), slice('a', 'b', 'c'), slice([1], (2,), {}), slice(1.5, 2.5),
          slice(10 ** 20, -10 ** 20, 3)):
    print(s, repr(s), s.start, s.stop, s.step)
check('no args', lambda: slice())
check('four args', lambda: slice(1, 2, 3, 4))
check('keyword', lambda: slice(stop=1))
check('hash', lambda: hash(slice(1)))
check('hash full', lambda: hash(slice(1, 2, 3)))
check('dict key', lambda: {slice(1): 1})
def set_start(o):
    o.start = 1
check('set start', lambda: set_start(slice(1)))
print(type(slice(1)).__name__, type(slice(1)) is slice)
s = slice(1, 10, 3)
print(list(range(20))[s], tuple(range(20))[s], range(20)[s])
print(s.__reduce__(), slice.__name__)
t = slice(None, None, -1)
print([1, 2, 3][t], (1, 2, 3)[t], range(3)[t])
x = [0, 1, 2, 3, 4, 5]
print(x[1:5:2], x[slice(1, 5, 2)], x[1:5:2] == x[slice(1, 5, 2)])

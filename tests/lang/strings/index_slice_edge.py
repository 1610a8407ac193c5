# Indexing and slicing: negative indices, steps, clamping, errors.
s = 'abcdefghij'
print(s[0], s[9], s[-1], s[-10], s[True], s[False])
print(repr(s[3:3]), repr(s[5:2]), repr(s[-3:]), repr(s[:-3]), repr(s[-100:100]), repr(s[100:]), repr(s[:-100]))
print(repr(s[::2]), repr(s[1::3]), repr(s[::-1]), repr(s[::-2]), repr(s[8:2:-2]), repr(s[-1:-5:-1]), repr(s[2:8:-1]))
print(repr(s[::100]), repr(s[::-100]), repr(s[5::-1]), repr(s[:5:-1]), repr(s[None:None:None]), repr(s[-2 ** 70:2 ** 70]))
print(repr(s[2 ** 70:]), repr(s[:2 ** 70:3]), repr(s[::-2 ** 70]), repr(s[::2 ** 70]))
u = 'aé中😀bñ文🎉'
print(u[0], u[1], u[2], u[3], u[-1], u[-4], len(u))
print(repr(u[1:4]), repr(u[::-1]), repr(u[::2]), repr(u[1::3]), repr(u[-2:]), repr(u[6:1:-2]))
print([u[i] for i in range(-len(u), len(u))])
print(repr(''[:]), repr(''[::-1]), repr('x'[0:1]), repr('x'[1:]))
for key in [10, -11, 2 ** 70, -2 ** 70, 'a', 1.0, None, (1,), [0]]:
    try:
        print(repr(s[key]))
    except (IndexError, TypeError) as e:
        print(repr(key), type(e).__name__, e)
for key in [slice(0, 5, 0), slice('a', 2), slice(0, 1.5), slice(None, None, 'x')]:
    try:
        print(repr(s[key]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(s[slice(2, 5)]), repr(s[slice(None, None, -3)]), repr(s.__getitem__(slice(1, 3))), s.__getitem__(-2))
try:
    ''[0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

# list.append and list.extend with every kind of iterable, and their errors.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = []
print(a.append(1), a)
a.append([2, 3])
a.append(a)
print(len(a), a[1], a[2] is a)

b = [0]
b.extend([1, 2])
b.extend((3, 4))
b.extend(range(5, 8))
b.extend('xy')
b.extend({'k': 1, 'j': 2})
b.extend(x * x for x in range(3))
b.extend([])
b.extend(())
print(b)

c = [1, 2, 3]
c.extend(c)
print(c)
c.extend(c[::-1])
print(c, len(c))

def gen():
    yield 'a'
    yield 'b'
    raise ValueError('boom')

d = [0]
check('gen raises', lambda: d.extend(gen()))
print('kept items', d)

check('extend int', lambda: [].extend(1))
check('extend None', lambda: [].extend(None))
check('append no args', lambda: [].append())
check('append two args', lambda: [].append(1, 2))
check('extend no args', lambda: [].extend())
check('extend two args', lambda: [].extend([1], [2]))
check('append kw', lambda: [].append(x=1))
check('unbound append', lambda: list.append(5, 1))
check('unbound append ok', lambda: list.append(d, 'z'))
print(d)

e = []
for i in range(5):
    e.append(i)
    e.extend([i] * i)
print(e)

nested = [[]] * 3
nested[0].append('shared')
print(nested)
nested = [[] for _ in range(3)]
nested[0].append('own')
print(nested)

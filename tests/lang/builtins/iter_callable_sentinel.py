# iter(callable, sentinel) and next(iterator, default).
state = [0]
def counter():
    state[0] += 1
    return state[0]
it = iter(counter, 4)
print(type(it).__name__, next(it), list(it), next(it, 'done'), state)
data = ['a', 'b', '', 'c']
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, '')), pos)
print(list(iter(lambda: 1, 1)), iter(it) is it)
def fails():
    raise KeyError('k')
try:
    list(iter(fails, None))
except KeyError as e:
    print('KeyError:', e)
for bad in [(5, 0), (None, None), ('abc', 'c')]:
    try:
        iter(*bad)
    except TypeError as e:
        print('TypeError:', e)
for args in [(), (1, 2, 3)]:
    try:
        iter(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    iter([], x=1)
except TypeError as e:
    print('TypeError:', e)
i = iter([10, 20])
print(next(i), next(i, None), next(i, None), next(i, 0))
for bad in ([1], 5, 'ab', None):
    try:
        next(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    next()
except TypeError as e:
    print('TypeError:', e)
try:
    next(i, 1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    next(i, default=5)
except TypeError as e:
    print('TypeError:', e)
try:
    next(i)
except StopIteration as e:
    print('StopIteration', repr(e), e.args)

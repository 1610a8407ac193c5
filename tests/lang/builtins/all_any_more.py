# all() and any(): truthiness of every kind, short-circuiting, errors.
print(all([]), any([]), all(()), any(''), all({}), any(set()))
print(all([1, 2.5, 'x', [0], (0,), {0: 0}, True, -1]), any([0, 0.0, '', [], (), {}, None, False]))
print(all([1, 0]), any([0, 1]), all([0.0]), any([-0.0]), any([float('nan')]), all([2 ** 100]))
print(all(range(1, 10)), all(range(10)), any(range(0)), any(range(1)), any(range(2)))
print(all('abc'), all(''), any('a'), all(b'\x00'), any(b''), any(b'\x00'))
print(all(x < 10 for x in range(10)), any(x > 8 for x in range(10)), any(x > 9 for x in range(10)))
seen = []
def gen(items):
    for i in items:
        seen.append(i)
        yield i
print(all(gen([1, 1, 0, 1, 1])), seen)
seen = []
print(any(gen([0, 0, 3, 0])), seen)
seen = []
print(all(gen([1, 2, 3])), any(gen([])), seen)
it = iter([1, 0, 5, 6])
print(all(it), list(it))
it = iter([0, 5, 6])
print(any(it), list(it))
for bad in (5, None, 1.5, len):
    try:
        all(bad)
    except TypeError as e:
        print('TypeError:', e)
    try:
        any(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    all()
except TypeError as e:
    print('TypeError:', e)
try:
    any([], [])
except TypeError as e:
    print('TypeError:', e)
try:
    all(iterable=[])
except TypeError as e:
    print('TypeError:', e)
def boom():
    yield 1
    raise ValueError('from the generator')
try:
    all(boom())
except ValueError as e:
    print('ValueError:', e)
print(any(boom()))

# Iterating various objects with for; manual iter/next.
for c in 'hi':
    print(c)
for b in b'AB':
    print(b)
for k in {'x': 1, 'y': 2}:
    print(k)
for item in (1, 'two', 3.0):
    print(repr(item))
it = iter([10, 20, 30])
print(next(it))
for rest in it:
    print('rest', rest)
print(next(it, 'exhausted'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
e = enumerate('ab')
print(next(e), next(e))
z = zip([1, 2], 'ab')
print(list(z), list(z))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(iter(it) is it, type(iter([])).__name__, type(iter('')).__name__)
print(type(iter(range(3))).__name__, type(iter({})).__name__)

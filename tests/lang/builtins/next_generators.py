# next() on generators: return values, exhaustion, defaults and errors inside.
def g():
    yield 1
    yield 2
    return 'result'
it = g()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.value, e.args)
print(next(it, 'exhausted'), next(it, None))
def h():
    yield 'only'
it = h()
print(next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.value)
def bad():
    yield 1
    raise ValueError('inside')
it = bad()
print(next(it))
try:
    next(it, 'not used for ValueError')
except ValueError as e:
    print('ValueError:', e)
print(next(it, 'after error'))
gen = (x * x for x in range(3))
print(next(gen), next(gen), next(gen), next(gen, 'end'))
e = enumerate('ab')
print(next(e), next(e), next(e, 'stop'))
z = zip([1, 2], 'xy')
print(next(z), next(z), next(z, ()))
m = map(str, [1])
print(next(m), next(m, 'none'))
r = reversed([1, 2])
print(next(r), next(r), next(r, 0))

# StopIteration semantics, return values, PEP 479.
def ret_value():
    yield 1
    return 'done'
g = ret_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', repr(e.value), e.args)
def bad():
    yield 1
    raise StopIteration('inside')
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
def leaks_next():
    it = iter([])
    yield next(it)
try:
    list(leaks_next())
except RuntimeError as e:
    print('RuntimeError:', e)
def ret_none():
    yield 1
    return
g = ret_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)
it = iter([1])
print(next(it), next(it, None))
def manual_stop_outside_gen():
    raise StopIteration
try:
    manual_stop_outside_gen()
except StopIteration:
    print('plain StopIteration outside generator is fine')

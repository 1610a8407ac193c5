# Basic generator functions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args)
print(next(g, 'default after exhaustion'))
def lazy():
    print('started')
    yield 1
    print('resumed')
    yield 2
    print('finishing')
g = lazy()
print('created')
for v in g:
    print('got', v)
def empty():
    return
    yield
print(list(empty()))
def yield_none():
    yield
    x = yield
    print('x is', x)
print(list(yield_none()))
def multiple_paths(flag):
    if flag:
        yield 'a'
    else:
        yield 'b'
    yield 'c'
print(list(multiple_paths(True)), list(multiple_paths(False)))
print(sum(count_up(101)), max(count_up(7)), sorted(count_up(4), reverse=True))

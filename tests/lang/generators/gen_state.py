# Generator state and exhaustion behaviour.
def g():
    yield 1
    yield 2
it = g()
print(list(it), list(it))
it = g()
print(next(it))
print(list(it))
it = g()
print(iter(it) is it)
it = g()
for v in it:
    if v == 1:
        break
print('after break', list(it))
def running():
    yield inner.gi_running
inner = running()
print(inner.gi_running, next(inner), inner.gi_running)
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print('ValueError:', e)
def counts():
    for i in range(3):
        yield i
x = counts()
y = counts()
print(next(x), next(x), next(y), next(x), next(y))
def gen_with_locals(n):
    acc = []
    for i in range(n):
        acc.append(i)
        yield list(acc)
print(list(gen_with_locals(3)))
print(g.__name__, g().__name__ if hasattr(g(), '__name__') else 'n/a')

# Default arguments.
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 20), f(1, 20, 30), f(1, c=30), f(a=1, b=None))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2), g(3, []), g(4))
counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def h(v=make_default()):
    return v
print(h(), h(), counter)
n = 10
def k(v=n):
    return v
n = 20
print(k(), n)
def m(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(m(1), m(2))
print(f.__defaults__, g.__defaults__ is not None, k.__defaults__)
def nodef(a):
    return a
print(nodef.__defaults__)
def kw(a, *, b=5, c):
    return a, b, c
print(kw(1, c=2), kw.__kwdefaults__)
print(f.__code__.co_argcount if hasattr(f, '__code__') else 3)
def tuple_default(t=(1, 2)):
    return t
print(tuple_default(), tuple_default((3,)))

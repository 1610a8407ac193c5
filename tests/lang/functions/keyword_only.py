# Keyword-only parameters.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
def g(*args, key):
    return args, key
print(g(1, 2, key=3), g(key=None))
try:
    g(1, 2)
except TypeError as e:
    print('TypeError:', e)
def h(*, x, y):
    return x * y
print(h(y=3, x=2))
try:
    h(x=1, y=2, z=3)
except TypeError as e:
    print('TypeError:', e)
def two_missing(*, p, q):
    return p, q
try:
    two_missing()
except TypeError as e:
    print('TypeError:', e)
print(f.__kwdefaults__, h.__kwdefaults__)

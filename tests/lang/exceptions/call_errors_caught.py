# Argument-binding errors caught and printed.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h(x, /, y):
    return x
def attempt(fn):
    try:
        fn()
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1))
attempt(lambda: f())
attempt(lambda: f(1, 2, z=3))
attempt(lambda: f(1, a=2))
attempt(lambda: f(1, 2, b=2))
attempt(lambda: g(1))
attempt(lambda: g(1, 2, 3, c=4))
attempt(lambda: g(c=1))
attempt(lambda: h(x=1, y=2))
attempt(lambda: h())
attempt(lambda: (lambda: 0)(1))
attempt(lambda: (lambda x: 0)())
attempt(lambda: f(*[1, 2, 3]))
attempt(lambda: f(**{'a': 1, 'b': 2, 'c': 3}))
attempt(lambda: f(1, **{'a': 2}))
attempt(lambda: f(*5))
attempt(lambda: f(**5))
attempt(lambda: len())
attempt(lambda: len(1, 2))
attempt(lambda: abs())
attempt(lambda: divmod(1))
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: {}.get())
attempt(lambda: 'x'.split(1))
attempt(lambda: int('5', base=1))

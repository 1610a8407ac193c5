# Decorators that keep state and copy metadata by hand.
def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@count_calls
def square(x):
    """Square a number."""
    return x * x
print(square(3), square(4), square.calls)
print(square.__name__, square.__doc__)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('bad arg %r' % (a,))
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def rep(n, s):
    return s * n
print(rep(3, 'ab'))
try:
    rep('3', 'ab')
except TypeError as e:
    print(e)

from functools import lru_cache

calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls)
print(sq.cache_info())
ci = sq.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, tuple(ci), ci[0])
sq.cache_clear()
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__(5), sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache(maxsize=None)
def ident(*args, **kwargs):
    calls.append((args, tuple(sorted(kwargs.items()))))
    return len(calls)

calls.clear()
print(ident(1), ident(1), ident(1, a=2), ident(1, a=2), ident(1.0), ident.cache_info())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__

print(t(1), t(1.0), t(True), t.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x

print(neg(1), neg.cache_info())
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError", e)
try:
    ident([1])
except TypeError as e:
    print("TypeError", e)

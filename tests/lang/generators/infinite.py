# Infinite generators consumed with manual next().
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for _ in range(n):
        out.append(next(it))
    return out
print(take(5, naturals()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print(take(15, f))
print(next(f))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(10, primes()))
def cycle(seq):
    while True:
        yield from seq
c = cycle('abc')
print(''.join(take(8, c)))
def filtered(it, pred):
    for v in it:
        if pred(v):
            yield v
print(take(5, filtered(naturals(), lambda v: v % 7 == 0)))
def zipped():
    a, b = naturals(), fib()
    while True:
        yield next(a), next(b)
print(take(4, zipped()))
big = fib()
for _ in range(100):
    last = next(big)
print(last)

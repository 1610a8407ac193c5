# __call__: callable instances, arguments, callable(), errors.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, z=1, a=2))
print(callable(add5), callable(Adder), list(map(add5, [1, 2])))
print(add5.__call__(2), Adder.__call__(add5, 3))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass

p = Plain()
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
p.__call__ = lambda: 'instance attribute is ignored'
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
for value in [1, 'str', None, [], (1,)]:
    try:
        value()
    except TypeError as e:
        print(type(e).__name__, e)

class Chain:
    def __init__(self):
        self.parts = []

    def __call__(self, part):
        self.parts.append(part)
        return self

print(Chain()('a')('b')('c').parts)

class Nested:
    def __call__(self):
        return Adder(100)

print(Nested()()(1))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.misses, type(fib).__name__)

class CallRaises:
    def __call__(self):
        raise RuntimeError('call failed')

try:
    CallRaises()()
except RuntimeError as e:
    print(type(e).__name__, e)

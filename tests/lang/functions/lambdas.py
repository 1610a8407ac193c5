# Lambda expressions.
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, /, b, *, c: a + b + c)(1, 2, c=3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(10))))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x + y))(1)(2))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(type(sq).__name__, callable(sq))

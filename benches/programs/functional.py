# Closure- and comprehension-heavy functional pipelines: compose/curry/memoize
# written with closures, map/filter/reduce-style stages, nested list/dict/set
# comprehensions, generator expressions, lambdas and nonlocal counters.

N = 30000
ROUNDS = 20


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def curry2(f):
    return lambda a: lambda b: f(a, b)


def fold(f, items, init):
    acc = init
    for item in items:
        acc = f(acc, item)
    return acc


def pipeline(*stages):
    def run(items):
        for stage in stages:
            items = stage(items)
        return items
    return run


def mapper(f):
    return lambda items: (f(x) for x in items)


def filterer(pred):
    return lambda items: (x for x in items if pred(x))


def counter():
    count = 0

    def bump(x):
        nonlocal count
        count += 1
        return x
    return bump, lambda: count


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


@memoize
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


add = curry2(lambda a, b: a + b)
mul = curry2(lambda a, b: a * b)
inc, double, square = add(1), mul(2), (lambda x: x * x)
affine = compose(inc, double)  # 2x + 1


def run_round(r):
    bump, seen = counter()
    stage = pipeline(
        mapper(affine),
        filterer(lambda x: x % 3 != 0),
        mapper(bump),
        mapper(lambda x: square(x) % 10007),
        filterer(lambda x: x & 1),
    )
    values = list(stage(range(r, N + r)))
    total = fold(lambda a, b: (a * 31 + b) % 1000000007, values, 0)
    matrix = [[(i * j + r) % 11 for j in range(40)] for i in range(40)]
    transposed = [[row[k] for row in matrix] for k in range(len(matrix[0]))]
    product_diag = sum(sum(a * b for a, b in zip(matrix[i], transposed[i])) for i in range(40))
    by_residue = {k: [v for v in values if v % 7 == k] for k in range(7)}
    sizes = {k: len(vs) for k, vs in by_residue.items()}
    distinct = {v % 101 for v in values}
    flat = [x for row in matrix for x in row if x]
    nested = sum(x * y for x in range(60) if x % 2 for y in range(x) if (x + y) % 3 == 0)
    chains = max(collatz_len(n) for n in range(1 + r, 3000 + r))
    return total, seen(), product_diag, sizes, len(distinct), len(flat), nested, chains


checksum = 0
for r in range(ROUNDS):
    total, seen, diag, sizes, distinct, flat, nested, chains = run_round(r)
    checksum = (checksum * 7 + total + seen + diag + distinct + flat + nested + chains) % (2**61 - 1)
    checksum = (checksum + sum(k * v for k, v in sorted(sizes.items()))) % (2**61 - 1)
print("seen", seen, "diag", diag, "nested", nested, "chains", chains)
print("sizes", sorted(sizes.items()))
print("checksum", checksum)

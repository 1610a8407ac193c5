# Functions as values.
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, 'four'), apply(str.upper, 'x'))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for sym in ['+', '-', '*']:
    print(sym, ops[sym](6, 3))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
pipeline = compose(str, lambda v: v * 2, abs)
print(repr(pipeline(-21)))
def reduce(fn, items, init):
    acc = init
    for it in items:
        acc = fn(acc, it)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, b: b + a, 'abc', ''))
def partial(fn, *bound):
    return lambda *rest: fn(*bound, *rest)
p = partial(pow, 2)
print(p(10), partial(print, 'pre:')('post') is None)
funcs = [abs, str, bool, len]
print([f.__name__ for f in funcs])
print(sorted(['bb', 'a', 'ccc'], key=len), min('hello', key=ord))
print(list(map(str.strip, [' a ', 'b  '])))

# yield from, including the subgenerator's return value.
def sub():
    yield 1
    yield 2
    return 'sub result'
def main():
    r = yield from sub()
    print('sub returned', r)
    yield 3
print(list(main()))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * x for x in range(3)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, [4]], 5], [[6]]])))
def delegator():
    total = 0
    while True:
        value = yield from accumulate()
        if value is None:
            return total
        total += value
def accumulate():
    acc = 0
    while True:
        v = yield
        if v is None:
            return acc if acc else None
        acc += v
g = delegator()
next(g)
for v in (1, 2, 3, None, 10, None):
    g.send(v)
try:
    g.send(None)
except StopIteration as e:
    print('final total', e.value)
def nested_return():
    x = yield from (yield from inner_ret())
    return x
def inner_ret():
    yield 'i'
    return iter(['from returned iterator'])
print(list(nested_return()))

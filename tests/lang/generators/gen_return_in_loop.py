# return inside generators: in loops, in try/finally, conditional.
def upto(limit):
    n = 0
    while True:
        if n >= limit:
            return 'hit limit %d' % limit
        yield n
        n += 1
g = upto(3)
collected = []
while True:
    try:
        collected.append(next(g))
    except StopIteration as e:
        print(collected, e.value)
        break
def with_finally():
    try:
        yield 1
        return 'ret'
    finally:
        print('finally on return')
print(list(with_finally()))
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
        yield v
def run(gen):
    vals = []
    r = yield from gen
    vals.append(r)
    yield vals
print(list(run(search('abcdef', 'd'))))
print(list(run(search('abc', 'z'))))

# yield as an expression in various positions.
def gen():
    x = yield 1
    y = (yield x) + 1
    z = [(yield 'in list'), (yield 'second')]
    yield ('results', x, y, z)
g = gen()
print(next(g))
print(g.send('X'))
print(g.send(10))
print(g.send('a'))
print(g.send('b'))
def yield_in_call():
    print('printed:', (yield 'before print'))
    yield 'after'
g = yield_in_call()
print(next(g))
print(g.send('sent value'))
def yield_tuple():
    yield 1, 2
    yield (3, 4)
    yield
print(list(yield_tuple()))
def yield_in_try():
    try:
        yield 'try'
    except Exception:
        yield 'except'
    else:
        yield 'else'
    finally:
        yield 'finally'
print(list(yield_in_try()))
def yield_lambda():
    fn = yield
    yield fn(3)
g = yield_lambda()
next(g)
print(g.send(lambda v: v * 7))

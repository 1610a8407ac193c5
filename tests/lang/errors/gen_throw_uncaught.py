# generator.throw with an exception the generator does not handle.
def gen():
    yield 1
    yield 2
g = gen()
print(next(g))
g.throw(IndexError('thrown in'))

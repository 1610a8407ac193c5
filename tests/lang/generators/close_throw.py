# generator.close and generator.throw.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = gen()
print(next(g))
g.close()
print(next(g, 'closed'))
g.close()
g = gen()
g.close()
print('closed before start, no cleanup printed')
def catcher():
    while True:
        try:
            yield 'normal'
        except ValueError as e:
            yield 'caught ' + str(e)
c = catcher()
print(next(c))
print(c.throw(ValueError('v1')))
print(next(c))
print(c.throw(ValueError('v2')))
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(next(c, 'dead'))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
i = ignore_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        print('got GeneratorExit')
        raise
r = returns_on_exit()
next(r)
r.close()
fresh = gen()
try:
    fresh.throw(TypeError('before start'))
except TypeError as e:
    print('unstarted throw:', e)

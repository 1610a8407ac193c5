# Exceptions raised inside generators propagate to the consumer.
def risky(n):
    for i in range(n):
        if i == 2:
            raise ValueError('bad item %d' % i)
        yield i
out = []
try:
    for v in risky(5):
        out.append(v)
except ValueError as e:
    print('caught', e, 'after', out)
g = risky(5)
next(g); next(g)
try:
    next(g)
except ValueError:
    print('raised on third next')
print(next(g, 'generator is finished'))
def guarded(it):
    try:
        yield from it
    except ValueError as e:
        yield 'guarded: ' + str(e)
print(list(guarded(risky(5))))
def finally_gen():
    try:
        yield 1
        raise KeyError('k')
    finally:
        print('generator finally')
try:
    for v in finally_gen():
        print('v', v)
except KeyError as e:
    print('KeyError', e)
def div_gen(values):
    for v in values:
        yield 10 / v
try:
    print(list(div_gen([1, 2, 0, 4])))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(sum(div_gen([1, 2, 5])))

# list() and list(iterable); lists are unhashable.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def gen(n):
    for i in range(n):
        yield i * i

print(list(), list([]), list(()), list('abc'), list(range(4)), list(gen(4)))
print(list((1, 2)), list({'a': 1, 'b': 2}), list(x for x in 'hi'), list(list('ab')))
print(list(enumerate('ab')), list(zip('ab', 'cd')), list(reversed('abc')))
src = [1, 2]
cp = list(src)
print(cp == src, cp is src)
check('int', lambda: list(1))
check('none', lambda: list(None))
check('two args', lambda: list(1, 2))
check('keyword', lambda: list(iterable=[1]))
check('hash', lambda: hash([]))
check('hash nested', lambda: hash(([],)))
check('hash list of tuples', lambda: hash([(1,)]))
check('dict key', lambda: {[1]: 2})
print(list.__hash__, type([]).__name__, type([]) is list)
x = [1, 2]
print(x.__init__('ab'), x)
print(x.__init__(), x)
check('init int', lambda: x.__init__(3))
g = gen(3)
print(list(g), list(g))
print(list(range(10, 0, -3)), list(range(0)), list(''))

# dict(): from mappings, pairs, keyword arguments, and the errors.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(dict(), dict({}), dict({1: 2}), dict(a=1, b=2))
print(dict([(1, 'one'), (2, 'two')]), dict(((1, 2), (3, 4))), dict([[5, 6]]))
print(dict(['ab', 'cd']), dict([('k', 1), ('k', 2)]), dict({'x': 1}, x=2, y=3))
print(dict([(1, 2)], z=0), dict(zip('abc', range(3))), dict(enumerate('xy')))
print(dict({1: 'a'}.items()), dict(x=None), dict(**{'p': 1}, q=2))
src = {'a': 1}
copy = dict(src)
copy['b'] = 2
print(src, copy, copy is src, type(copy).__name__)
print(dict(dict(dict(a=1))), dict(range(0)))
gen = ((i, i * i) for i in range(4))
print(dict(gen))
attempt('length 3', lambda: dict([(1, 2, 3)]))
attempt('length 1', lambda: dict([(1, 2), (3,)]))
attempt('element 2 length 0', lambda: dict([(1, 2), (3, 4), ()]))
attempt('str length 3', lambda: dict(['abc']))
attempt('not a sequence', lambda: dict([1]))
attempt('not a sequence #1', lambda: dict([(1, 2), None]))
attempt('not iterable', lambda: dict(1))
attempt('none', lambda: dict(None))
attempt('two args', lambda: dict({}, {}))
attempt('three args', lambda: dict(1, 2, 3))
attempt('unhashable key', lambda: dict([([], 1)]))
attempt('unhashable kw source', lambda: dict([({}, 1)]))
d = {}
try:
    d.update([(1, 2), (3, 4), (5,)])
except ValueError as e:
    print('partial update:', d, e)
print(dict.__name__, type(dict()) is dict, dict() == {}, {} is not dict())

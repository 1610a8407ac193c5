# dict.fromkeys with every kind of iterable, shared values, errors.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(dict.fromkeys('abca'), dict.fromkeys(range(4), 0), dict.fromkeys([]))
print(dict.fromkeys((3, 1, 2), 'v'), dict.fromkeys({'x': 1, 'y': 2}, None))
print(dict.fromkeys({5, 3, 1}), dict.fromkeys(frozenset([2, 4])))
print(dict.fromkeys({1: 'a', 2: 'b'}.values()), dict.fromkeys({1: 'a'}.items(), 1))
print({}.fromkeys([1, 2]), {'old': 1}.fromkeys(['new']))
print(dict.fromkeys([1, 1.0, True, 2]), dict.fromkeys(x for x in 'hi'))
shared = dict.fromkeys(['p', 'q'], {})
shared['p'][1] = 1
print(shared, shared['p'] is shared['q'])
attempt('no args', lambda: dict.fromkeys())
attempt('3 args', lambda: dict.fromkeys(1, 2, 3))
attempt('not iterable', lambda: dict.fromkeys(5))
attempt('unhashable', lambda: dict.fromkeys([[1]]))
attempt('kw', lambda: dict.fromkeys([1], value=2))
print(type(dict.fromkeys([])).__name__)

# The dict dunder methods called directly, and unbound method calls.
d = {'a': 1}
print(d.__getitem__('a'), d.__contains__('a'), d.__contains__('b'), d.__len__())
d.__setitem__('b', 2)
print(d)
d.__delitem__('a')
print(d, [*d.__iter__()], [*d.__reversed__()])
print(dict.get(d, 'b'), dict.keys(d), dict.__len__({}), dict.copy({1: 2}))
print(d.__repr__(), {}.keys().__len__(), {1: 2}.items().__contains__((1, 2)))
print(type(d.__reversed__()).__name__ != '', d.__eq__({'b': 2}), d.__ne__({'b': 2}))
print(d.__or__({'c': 3}), d.__or__(5), d.__ror__({'z': 0}))
print(d.__ior__({'c': 3}) is d, d)
try:
    d.__getitem__('zz')
except KeyError as e:
    print('KeyError:', e)
try:
    d.__delitem__('zz')
except KeyError as e:
    print('KeyError:', e)
for f in [lambda: dict.get([], 1), lambda: dict.keys(5), lambda: dict.pop(set(), 1), lambda: dict.update(1, {})]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
try:
    dict.get()
except TypeError as e:
    print('TypeError:', e)
print(dict.__hash__ is None, {}.__hash__ is None)
try:
    {}.__hash__()
except TypeError as e:
    print('TypeError:', e)
print(dict.fromkeys.__name__, {}.get.__name__, repr(dict.get))

# min and max: iterables, multiple args, key, default, errors.
print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max(3, 1, 4), min('b', 'a', 'c'))
print(max('hello'), min((2, 'b'), (1, 'z')), max([[1, 2], [1, 3]]))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max(-5, 3, -9, key=abs))
print(max([], default='empty'), min([], default=None), max([1], default=5), min((), key=len, default=0))
print(max([1, 3, 3, 2], key=lambda x: x % 3), max([(1, 'first'), (1, 'second')], key=lambda t: t[0]))
print(min([(1, 'first'), (1, 'second')], key=lambda t: t[0]), max({1: 'a', 5: 'b'}), min(range(3, 9)))
print(max(1, 2.5, True), min(0, -0.0, False), max(float('-inf'), -10 ** 400))
print(max(iter([1, 9, 2])), min(x * x for x in range(-3, 3)), max({'b': 1, 'a': 2}, key={'b': 1, 'a': 2}.get))
for args, kwargs in [(([],), {}), ((), {}), ((5,), {}), (([1, 'a'],), {}), ((1, 2), {'default': 0})]:
    try:
        print(max(*args, **kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    min([])
except ValueError as e:
    print('ValueError:', e)

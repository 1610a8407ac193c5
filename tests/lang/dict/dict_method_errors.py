# Argument errors of every dict method.
calls = [
    ('keys', lambda: {}.keys(1)),
    ('values', lambda: {}.values(1)),
    ('items', lambda: {}.items(1, 2)),
    ('copy', lambda: {}.copy(0)),
    ('clear', lambda: {}.clear(0)),
    ('popitem', lambda: {}.popitem(0)),
    ('get0', lambda: {}.get()),
    ('get3', lambda: {}.get(1, 2, 3)),
    ('pop0', lambda: {}.pop()),
    ('setdefault0', lambda: {}.setdefault()),
    ('update2', lambda: {}.update(1, 2)),
    ('fromkeys0', lambda: dict.fromkeys()),
    ('fromkeys3', lambda: dict.fromkeys(1, 2, 3)),
    ('contains0', lambda: {}.__contains__()),
    ('getitem0', lambda: {}.__getitem__()),
    ('keys kw', lambda: {}.keys(x=1)),
    ('get kw', lambda: {}.get(key=1)),
    ('isdisjoint0', lambda: {}.keys().isdisjoint()),
    ('isdisjoint2', lambda: {}.items().isdisjoint(1, 2)),
]
for name, f in calls:
    try:
        f()
        print(name, 'no error')
    except TypeError as e:
        print(name, 'TypeError:', e)

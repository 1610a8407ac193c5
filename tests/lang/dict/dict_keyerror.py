# KeyError messages for various key types.
d = {'present': 1}
for key in ['x', 1, 2.5, (1, 2), (), ('single',), None, True, b'b', frozenset({1}), '', "it's"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), '|', str(e), '|', e.args)
try:
    del d['nope']
except KeyError as e:
    print('del:', e)
try:
    d.pop('nope')
except KeyError as e:
    print('pop:', e)
try:
    {1}.remove(2)
except KeyError as e:
    print('set.remove:', e)
try:
    set().pop()
except KeyError as e:
    print('set.pop:', e)

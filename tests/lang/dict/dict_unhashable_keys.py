# Unhashable keys: the error names the type of the unhashable part.
d = {1: 'a'}
for bad in [[1], {}, {2}, bytearray(b'x'), {1: 2}.keys(), {1: 2}.items()]:
    try:
        d[bad] = 0
    except TypeError as e:
        print('set', e)
    try:
        print(bad in d)
    except TypeError as e:
        print('in', e)
for bad in [([1], 2), (1, (2, [3])), (1, {}), ((), {1})]:
    try:
        d[bad]
    except TypeError as e:
        print('tuple', e)
try:
    {1: []}.items() | set()
except TypeError as e:
    print('items |', e)
try:
    d.update({[]: 1})
except TypeError as e:
    print('update', e)
print(d, {1: 2}.values() in {1: 0} if False else 'values views hash by identity')
print(len({(1, 2): 1, (1, (2,)): 2}), (1, frozenset([2])) in {(1, frozenset([2])): 0})

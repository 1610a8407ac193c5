# update: dicts, mappings, pairs, keyword arguments, errors.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1}
print(d.update({'b': 2}), d)
d.update([('c', 3), ('a', 'A')])
print(d)
d.update(x=1, y=2)
print(d)
d.update({'z': 26}, a='kw wins')
print(d)
d.update()
d.update({})
d.update([])
print(d)
d.update(d)
print(d)
d.update(d.items())
print(d)
d.update(zip('pq', [7, 8]))
print(d)
d.update(['mn'])
print(d)
e = {1: 'int'}
e.update({1.0: 'float', True: 'bool'})
print(e)
attempt('two args', lambda: d.update({}, {}))
attempt('int', lambda: d.update(1))
attempt('length', lambda: d.update([(1, 2), (1, 2, 3)]))
attempt('element #1', lambda: d.update([(1, 2), 5]))
attempt('unhashable', lambda: d.update([([], 1)]))
f = {}
try:
    f.update([('ok', 1), ('fine', 2), ('bad',)])
except ValueError as err:
    print('kept:', f, err)
g = {'k': 0}
for i in range(3):
    g.update(k=g['k'] + 1)
print(g)

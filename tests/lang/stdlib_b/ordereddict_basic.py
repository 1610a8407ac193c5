from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od)
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem())
print(od.popitem(last=False))
print(od)
print(OrderedDict())
print(OrderedDict([('x', 1), ('y', 2)]), OrderedDict(a=1, b=2))
print(OrderedDict.fromkeys('abc', 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
print(list(reversed(OrderedDict.fromkeys('xyz'))))
print(isinstance(od, dict), type(od).__name__)

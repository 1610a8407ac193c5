from collections import OrderedDict

a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b)
print(a == dict(b), dict(a) == b)
print(a == OrderedDict(x=1, y=2))
c = a.copy()
c['z'] = 3
print(c, a)
c.move_to_end('x')
print(c == OrderedDict([('y', 2), ('z', 3), ('x', 1)]))
print(a | {'q': 9})
d = OrderedDict(a)
d.update([('y', 20), ('w', 0)])
print(d)
print(d.setdefault('y', 5), d.setdefault('new', 5), d)
del d['x']
print(d, d.pop('w'), d)
d['x'] = 1
print(d)
# LRU cache idiom
cache = OrderedDict()
def get(key):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    cache[key] = key * 2
    if len(cache) > 3:
        cache.popitem(last=False)
    return cache[key]
for k in [1, 2, 3, 1, 4, 2, 5]:
    get(k)
print(cache)

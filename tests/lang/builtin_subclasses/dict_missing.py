# __missing__ on dict subclasses: only d[key] consults it.
class Zero(dict):
    def __missing__(self, key):
        print('__missing__', key)
        return 0

z = Zero(a=1)
print(z['a'], z['b'], 'b' in z, z.get('c'), z.get('c', 'dflt'), len(z))
z['n'] += 5
print(z, z.pop('q', 'popped default'), z.setdefault('s', 's'))

class Auto(dict):
    def __missing__(self, key):
        value = self[key] = type(self)()
        return value

tree = Auto()
tree['a']['b']['c'] = 1
tree['a']['x'] = 2
print(tree, type(tree['a']).__name__)

class KeyName(dict):
    def __missing__(self, key):
        return f'<{key}>'

print('{name} is {age}'.format_map(KeyName(name='ann')))
print('%(name)s/%(other)s' % KeyName(name='bob'))

class Raises(dict):
    def __missing__(self, key):
        raise LookupError(f'custom missing {key!r}')

try:
    Raises()['k']
except LookupError as e:
    print(type(e).__name__, e)

class NotCallable(dict):
    __missing__ = 5

try:
    NotCallable()['k']
except TypeError as e:
    print(type(e).__name__, e)

class Plain(dict):
    pass

try:
    Plain()['k']
except KeyError as e:
    print(type(e).__name__, e)
d = Plain()
d.__missing__ = lambda k: 'instance attr ignored'
try:
    d['k']
except (KeyError, AttributeError) as e:
    print(type(e).__name__, e)

class Counting(dict):
    calls = 0

    def __missing__(self, key):
        Counting.calls += 1
        return len(key)

c = Counting()
print([c[w] for w in ['a', 'bb', 'ccc']], Counting.calls, c)
print(dict.__getitem__(c, 'abcd'), Counting.calls)
print(c.get('abcde'), Counting.calls, 'abc' in c)

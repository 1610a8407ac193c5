# Which operations on a dict subclass use its overridden keys/__iter__/__getitem__.
class Odd(dict):
    def keys(self):
        print('Odd.keys')
        return ['a']

    def __iter__(self):
        print('Odd.__iter__')
        return iter(['b'])

    def __getitem__(self, k):
        print('Odd.__getitem__', k)
        return 'overridden'

    def items(self):
        print('Odd.items')
        return [('i', 'tem')]


o = Odd(a=1, b=2)
print('dict():', dict(o))
print('list():', list(o))
print('{**}:', {**o})


def f(**kw):
    return kw


print('f(**):', f(**o))
d = {}
d.update(o)
print('update:', d)
print('len:', len(o), 'in:', 'a' in o)
print('get:', o.get('a'))
print('values:', list(o.values()))
print('copy:', o.copy())
print('for:', [k for k in o])
print('dict.items:', list(dict.items(o)))


class Plain(dict):
    pass


p = Plain(x=1)
print(dict(p), {**p}, f(**p), list(p.items()))

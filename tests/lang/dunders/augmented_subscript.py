# obj[key] op= value: __getitem__ once, the in-place op, then __setitem__ once.
class Store:
    def __init__(self):
        self.d = {'a': 1, 'l': [1]}

    def __getitem__(self, k):
        print('getitem', k)
        return self.d[k]

    def __setitem__(self, k, v):
        print('setitem', k, v)
        self.d[k] = v


def key(k):
    print('evaluating key', k)
    return k


s = Store()
s[key('a')] += 10
s[key('l')] += [2]
s['a'] **= 2
print(s.d)


class Acc:
    def __init__(self):
        self.v = []

    def __repr__(self):
        return f'Acc({self.v})'

    def __iadd__(self, other):
        print('Acc.__iadd__', other)
        self.v.append(other)
        return self


s.d['acc'] = Acc()
s['acc'] += 'x'
print(s.d['acc'].v)


def obj():
    print('evaluating target object')
    return s


obj()[key('a')] -= 1
print(s.d['a'])
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, t)
nested = {'k': {'inner': 1}}
nested['k']['inner'] += 1
print(nested)

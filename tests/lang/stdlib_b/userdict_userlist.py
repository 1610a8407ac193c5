from collections import UserDict, UserList

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = Lower({'A': 1}, B=2)
d['C'] = 3
print(d, len(d), 'a' in d, d['b'], d.get('z', 0), sorted(d))
print(d.pop('a'), d.setdefault('q', 9), d)
del d['b']
print(d, d == {'c': 3, 'q': 9}, isinstance(d, UserDict), d.data)
e = d.copy()
e['x'] = 1
print(type(e).__name__, d, e)

class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2

print(Defaulting()['ab'])
try:
    UserDict()['nope']
except KeyError as ex:
    print('KeyError', ex)

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([3, 1])
s.push(2)
print(s, len(s), s[0], s[-1], s[1:], type(s[1:]).__name__)
s.sort()
print(s, s + [9], [0] + s, s * 2, 3 in s, s.index(2), s.count(1))
s.extend(Stack([7]))
s += [8]
print(s, s.pop(), s.pop(0), s)
print(s == [2, 3, 7], s < [5], list(reversed(s)))
print(UserList(), UserList('ab'), UserDict())

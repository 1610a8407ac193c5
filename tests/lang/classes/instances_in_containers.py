# Default identity-based equality/hash of instances inside containers.
class Token:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Token({self.name})'


a1, a2, b = Token('a'), Token('a'), Token('b')
print(a1 == a2, a1 in [a2], a1 in [a1], [a1, a2].count(a1), [a2, a1].index(a1))
s = {a1, a2, b, a1}
print(len(s), a1 in s, Token('a') in s)
d = {a1: 1, a2: 2}
print(len(d), d[a1], d[a2], d.get(Token('a')))
print(sorted([b, a1, a2], key=lambda t: t.name), sorted(d.values()))
try:
    sorted([b, a1])
except TypeError as e:
    print(type(e).__name__, e)
print(max([a1, b], key=lambda t: t.name), min({b: 0, a1: 1}, key=lambda t: t.name))
t1 = (a1, 1)
t2 = (a1, 1)
t3 = (a2, 1)
print(t1 == t2, t1 == t3, hash(t1) == hash(t2), len({t1, t2, t3}))
l = [a1, b]
l.remove(a1)
print(l, a1 not in l)
print(list({a2: None, a1: None}))

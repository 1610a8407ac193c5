# User objects equal to builtin keys: dict/set lookups need matching hash and __eq__.
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Key):
            return self.v == other.v
        return self.v == other

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f'Key({self.v!r})'


d = {1: 'int one', 'a': 'str a'}
print(d[Key(1)], d[Key('a')], Key(1) in d, Key(2) in d)
d[Key(1)] = 'replaced via Key'
print(d, type(list(d)[0]).__name__)
d2 = {Key(1): 'key one'}
print(d2[1], 1 in d2, 1.0 in d2, True in d2)
s = {Key(3), 3}
print(len(s), s == {3})
print({1, 2} == {Key(1), Key(2)}, {Key(1)} <= {1, 2})


class BadHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other

    def __hash__(self):
        return 12345


print(BadHash(1) == 1, BadHash(1) in {1: 'x'}, BadHash(1) in [1])
print(list({1: 'a', Key(1): 'b'}.items()))

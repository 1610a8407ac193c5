# super() calls into builtin implementations from subclasses.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1

    def __contains__(self, k):
        return super().__contains__(k.lower())

    def keys(self):
        return sorted(super().keys())


d = D()
d['A'] = 5
d['b'] = 1
print(dict(d), d['A'], 'A' in d, 'a' in d, 'b' in d, d.keys(), dict.keys(d))


class L(list):
    def __init__(self, *items):
        super().__init__(items)

    def __repr__(self):
        return 'L' + super().__repr__()

    def __add__(self, other):
        return L(*super().__add__(list(other)))

    def __len__(self):
        return super().__len__() * 10


l = L(1, 2)
print(l, l + [3], len(l), list.__len__(l), bool(L()))


class S(str):
    def __new__(cls, v):
        return super().__new__(cls, f'[{v}]')

    def upper(self):
        return 'S:' + super().upper()

    def __len__(self):
        return super().__len__() - 2

    def __getitem__(self, i):
        return super().__getitem__(i + 1 if isinstance(i, int) else i)


s = S('abc')
print(s, s.upper(), len(s), s[0], str.__getitem__(s, 0), s[0:2])


class I(int):
    def __add__(self, other):
        r = super().__add__(other)
        return I(r) if r is not NotImplemented else r

    def __repr__(self):
        return 'I(' + super().__repr__() + ')'


print(repr(I(2) + 3), repr(I(2) + I(3)), I(2).__add__('x'), repr(3 + I(2)))


class F(float):
    def __round__(self, n=None):
        return 'F.round ' + str(super().__round__(n))

    def __str__(self):
        return 'F' + super().__str__()


print(round(F(2.5)), round(F(2.567), 2), str(F(1.5)), repr(F(1.5)))

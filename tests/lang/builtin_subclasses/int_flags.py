# An int subclass acting as bit flags: operators keep the subclass, repr/format differ.
class Perm(int):
    NAMES = {1: 'R', 2: 'W', 4: 'X'}

    def __or__(self, other):
        return Perm(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return Perm(int(self) & int(other))

    def __invert__(self):
        return Perm(~int(self) & 7)

    def __contains__(self, flag):
        return int(self) & int(flag) == int(flag)

    def __repr__(self):
        names = [n for bit, n in self.NAMES.items() if int(self) & bit]
        return 'Perm(' + ('|'.join(names) or '0') + ')'

    def __format__(self, spec):
        if spec == 'names':
            return repr(self)[5:-1]
        return format(int(self), spec)

    def __iter__(self):
        return (Perm(bit) for bit in self.NAMES if int(self) & bit)


R, W, X = Perm(1), Perm(2), Perm(4)
rw = R | W
print(rw, repr(rw), str(rw), type(rw).__name__, int(rw), rw == 3)
print(R | 4, 4 | R, type(4 | R).__name__, rw & W, ~rw, rw + 1, type(rw + 1).__name__)
print(W in rw, X in rw, list(rw | X), f'{rw:names}', f'{rw:03b}', f'{rw}', '%d' % rw)
print({rw: 'read-write'}[3], sorted([X, R, W]), max(rw, X), bool(Perm(0)), hash(rw) == hash(3))
print(rw.bit_length(), (rw | X).bit_count())

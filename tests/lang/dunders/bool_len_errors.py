# Errors from __bool__ and __len__ return values.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class BoolRet:
    def __init__(self, r):
        self.r = r

    def __bool__(self):
        return self.r


class LenRet:
    def __init__(self, r):
        self.r = r

    def __len__(self):
        return self.r


class IntSub(int):
    pass


class Idx:
    def __index__(self):
        return 4

    def __repr__(self):
        return 'Idx()'


for r in [1, 0, 'yes', None, 1.0, IntSub(1)]:
    attempt(f'bool->{r!r}', lambda: bool(BoolRet(r)))
attempt('not', lambda: not BoolRet(2))
attempt('if', lambda: 'T' if BoolRet([]) else 'F')
for r in [3, 0, -1, 'x', 2.0, None, 2 ** 63, -2 ** 70, True, IntSub(5), Idx()]:
    attempt(f'len->{r!r}', lambda: len(LenRet(r)))
for r in [-1, 'x', 2 ** 63]:
    attempt(f'truth len->{r!r}', lambda: bool(LenRet(r)))


class BoolRaises:
    def __bool__(self):
        raise ValueError('cannot decide')


attempt('raise', lambda: bool(BoolRaises()))
attempt('and', lambda: BoolRaises() and 1)
attempt('or', lambda: BoolRaises() or 1)
attempt('or last', lambda: type(0 or BoolRaises()).__name__)

# Truthiness: __bool__ first, then __len__, else always true.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print('__bool__')
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print('__len__')
        return self.n


class Both:
    def __bool__(self):
        print('Both.__bool__')
        return True

    def __len__(self):
        print('Both.__len__')
        return 0


class Neither:
    pass


print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
if L(0):
    print('not reached')
else:
    print('empty L is falsy')
print(not B(False), B(True) and 'and-result', L(0) or 'or-result')
print([x for x in [L(0), L(1)] if x].__len__())
while B(False):
    pass
print('while done')
print('yes' if B(True) else 'no')
print(any([L(0), L(2)]), all([L(1), L(0)]))
print(list(filter(None, [L(0), L(5)]))[0].n)


class NoneBoolInherit(L):
    __bool__ = None


try:
    bool(NoneBoolInherit(1))
except TypeError as e:
    print(type(e).__name__, e)


class Dyn:
    pass


d = Dyn()
d.__bool__ = lambda: False
d.__len__ = lambda: 0
print(bool(d))

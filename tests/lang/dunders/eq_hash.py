# __eq__ without __hash__ makes instances unhashable; explicit __hash__.
class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
for action in [lambda: hash(EqOnly(1)), lambda: {EqOnly(1)}, lambda: {EqOnly(1): 1},
               lambda: EqOnly(1) in {1, 2}, lambda: frozenset([EqOnly(2)])]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
print(EqOnly(1) in [EqOnly(0), EqOnly(1)], [EqOnly(3)].index(EqOnly(3)))


class Hashable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Hashable) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f'H({self.v})'


s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), Hashable(2) in s, Hashable(3) in s)
d = {Hashable('a'): 1}
d[Hashable('a')] = 2
print(d, hash(Hashable(5)) == hash(5))


class HashOnly:
    def __hash__(self):
        return 7


h1, h2 = HashOnly(), HashOnly()
print(hash(h1), h1 == h2, len({h1, h2}), len({h1, h1}))


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
print(ExplicitNone.__hash__ is None, 'ExplicitNone' and isinstance(ExplicitNone(), object))


class KeepParentHash(Hashable):
    def __eq__(self, other):
        return True


try:
    hash(KeepParentHash(1))
except TypeError as e:
    print(type(e).__name__, e)


class RestoredHash(Hashable):
    def __eq__(self, other):
        return True
    __hash__ = Hashable.__hash__


print(hash(RestoredHash(9)) == hash(9))
print('__hash__' in vars(EqOnly), vars(EqOnly)['__hash__'])

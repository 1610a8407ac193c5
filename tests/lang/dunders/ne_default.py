# __ne__ defaults to the inverse of __eq__ unless it returns NotImplemented.
class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('__eq__')
        if not isinstance(other, E):
            return NotImplemented
        return self.v == other.v


print(E(1) != E(1), E(1) != E(2))
print(E(1) != 5, E(1) == 5)


class OwnNe(E):
    def __ne__(self, other):
        return 'own ne'


print(OwnNe(1) != OwnNe(1), OwnNe(1) == OwnNe(1))


class NeOnly:
    def __ne__(self, other):
        return 'ne only'


print(NeOnly() != 1, NeOnly() == NeOnly())


class EqWeird:
    def __eq__(self, other):
        return 'truthy string'


print(EqWeird() != 1, EqWeird() == 1)


class EqZero:
    def __eq__(self, other):
        return 0


print(EqZero() != 1)


class EqRaises:
    def __eq__(self, other):
        raise ValueError('eq failed')


try:
    EqRaises() != 1
except ValueError as e:
    print(type(e).__name__, e)
x = EqRaises()
print(x in [x], [x] == [x])
try:
    print(x in [1, x])
except ValueError as e:
    print(type(e).__name__, e)

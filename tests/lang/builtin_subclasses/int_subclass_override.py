# Overriding int methods: operators, __new__ with validation, super() calls.
class Mod7(int):
    def __new__(cls, value):
        return super().__new__(cls, value % 7)

    def __add__(self, other):
        return Mod7(int(self) + int(other))

    __radd__ = __add__

    def __mul__(self, other):
        return Mod7(super().__mul__(other))

    def __repr__(self):
        return f'Mod7({int(self)})'

    def __str__(self):
        return f'{int(self)} (mod 7)'


a = Mod7(10)
print(a, repr(a), a + 5, 5 + a, a * 4, type(a - 1).__name__, a - 1)
print(a == 3, a + 4 == 0, sum([Mod7(3), Mod7(5)]), [Mod7(8)])
print(f'{a}', f'{a!r}', '%s %r %d' % (a, a, a), format(a, '03'))


class Positive(int):
    def __new__(cls, v):
        v = int(v)
        if v <= 0:
            raise ValueError(f'{v} is not positive')
        return super().__new__(cls, v)

    def __init__(self, v):
        self.original = v


p = Positive('12')
print(p, p.original, type(p.original).__name__)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)


class Verbose(int):
    def __eq__(self, other):
        print('Verbose.__eq__')
        return super().__eq__(other)

    def __hash__(self):
        return super().__hash__()

    def __bool__(self):
        print('Verbose.__bool__')
        return super().__bool__()

    def bit_length(self):
        return 'overridden ' + str(super().bit_length())


v = Verbose(0)
print(v == 0, bool(v), v.bit_length(), int.bit_length(v))
print({v: 'x'}[0] if v == 0 else None)
print(Verbose(5) in [5], [5].index(Verbose(5)))


class NoNewArgs(int):
    def __init__(self, a, b):
        print('init with', a, b)


try:
    NoNewArgs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

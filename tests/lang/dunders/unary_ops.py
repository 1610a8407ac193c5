# Unary dunders: __neg__, __pos__, __invert__, __abs__ and their errors.
class U:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return U(-self.v)

    def __pos__(self):
        return U(+self.v if self.v > 0 else 0)

    def __invert__(self):
        return U(~self.v)

    def __abs__(self):
        return U(abs(self.v))

    def __repr__(self):
        return f'U({self.v})'


u = U(-5)
print(-u, +u, ~u, abs(u), -(-u), ~~u, -+~u)


class Strange:
    def __neg__(self):
        return 'negated'

    def __invert__(self):
        return NotImplemented

    def __abs__(self):
        return None


s = Strange()
print(-s, ~s, abs(s))
for label, fn in [('+', lambda: +s), ('-', lambda: -object()), ('~', lambda: ~1.5),
                  ('abs', lambda: abs('x')), ('+str', lambda: +'s'), ('-list', lambda: -[1])]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)


class Minus(int):
    def __neg__(self):
        return 'Minus.__neg__'


print(-Minus(3), +Minus(3), type(+Minus(3)).__name__, ~Minus(3), abs(Minus(-3)))
print(type(abs(Minus(-3))).__name__, type(-Minus(3)).__name__)
print(not U(0), -True, ~False, +True)

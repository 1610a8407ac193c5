# Bitwise dunders on a user set-like class, with reflection, bools and in-place forms.
class Bits:
    def __init__(self, *items):
        self.items = frozenset(items)

    def _wrap(self, other):
        if isinstance(other, Bits):
            return other.items
        if isinstance(other, (set, frozenset)):
            return other
        return None

    def __and__(self, other):
        o = self._wrap(other)
        return NotImplemented if o is None else Bits(*(self.items & o))

    def __or__(self, other):
        o = self._wrap(other)
        return NotImplemented if o is None else Bits(*(self.items | o))

    def __xor__(self, other):
        o = self._wrap(other)
        return NotImplemented if o is None else Bits(*(self.items ^ o))

    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__

    def __lshift__(self, n):
        return Bits(*(i + n for i in self.items))

    def __rshift__(self, n):
        return Bits(*(i - n for i in self.items))

    def __invert__(self):
        return Bits(*(i for i in range(8) if i not in self.items))

    def __repr__(self):
        return 'Bits' + repr(tuple(sorted(self.items)))


a, b = Bits(1, 2, 3), Bits(3, 4)
print(a & b, a | b, a ^ b, a << 2, a >> 1, ~a)
print(a & {2}, {2, 9} | a, frozenset({1}) ^ a)
c = a
c |= b
print(c, a, c is a)
c &= {1, 4}
c ^= Bits(7)
c <<= 1
c >>= 2
print(c)
def iand(x, y):
    x &= y
    return x


for label, fn in [('&', lambda: a & 1), ('|', lambda: 1 | a), ('^', lambda: a ^ 'x'),
                  ('<<', lambda: 1 << a), ('&=', lambda: iand(a, 5))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)
print(True & True, True | False, type(True ^ True).__name__, True & 3, type(True & 3).__name__)
print(~True, 1 << True, {1, 2} & {2}, {'a': 1} | {'b': 2})

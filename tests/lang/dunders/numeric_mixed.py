# A user numeric type that interoperates with int and float in both directions.
class Frac:
    def __init__(self, n, d=1):
        g = self._gcd(abs(n), abs(d)) or 1
        if d < 0:
            n, d = -n, -d
        self.n, self.d = n // g, d // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a
    def _coerce(self, o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __add__(self, o):
        if isinstance(o, float):
            return float(self) + o
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__
    def __mul__(self, o):
        if isinstance(o, float):
            return float(self) * o
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__
    def __sub__(self, o):
        return self + (-o)
    def __rsub__(self, o):
        return -self + o
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __truediv__(self, o):
        o = self._coerce(o)
        return self * Frac(o.d, o.n)
    def __rtruediv__(self, o):
        return Frac(self.d, self.n) * o
    def __float__(self):
        return self.n / self.d
    def __eq__(self, o):
        o2 = self._coerce(o)
        if o2 is None:
            return float(self) == o
        return (self.n, self.d) == (o2.n, o2.d)
    def __lt__(self, o):
        return float(self) < float(o)
    def __gt__(self, o):
        return float(self) > float(o)
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __repr__(self):
        return f'{self.n}/{self.d}'

h = Frac(1, 2)
print(h + 1, 1 + h, h + h, h * 4, 3 * h, h - 1, 1 - h, h / 3, 2 / h)
print(h + 0.25, 0.25 + h, h * 2.0, float(h))
print(h == Frac(2, 4), h == 0.5, 0.5 == h, Frac(2) == 2, 2 == Frac(2), h < 1, 1 > h)
print(sorted([Frac(3, 4), Frac(1, 3), 0.5, 1]), sum([Frac(1, 3)] * 3))
print({Frac(4, 2): 'two'}[2], hash(Frac(4, 2)) == hash(2))
try:
    h + 'x'
except TypeError as e:
    print(type(e).__name__, e)

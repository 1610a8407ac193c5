# Every in-place dunder, with mutation in place and the fallbacks.
class Cell:
    def __init__(self, v):
        self.v = v

    def _iop(name, fn):
        def f(self, other):
            print(name, other)
            self.v = fn(self.v, other)
            return self
        return f

    __iadd__ = _iop('__iadd__', lambda a, b: a + b)
    __isub__ = _iop('__isub__', lambda a, b: a - b)
    __imul__ = _iop('__imul__', lambda a, b: a * b)
    __itruediv__ = _iop('__itruediv__', lambda a, b: a / b)
    __ifloordiv__ = _iop('__ifloordiv__', lambda a, b: a // b)
    __imod__ = _iop('__imod__', lambda a, b: a % b)
    __ipow__ = _iop('__ipow__', lambda a, b: a ** b)
    __imatmul__ = _iop('__imatmul__', lambda a, b: a * 100 + b)
    __iand__ = _iop('__iand__', lambda a, b: a & b)
    __ior__ = _iop('__ior__', lambda a, b: a | b)
    __ixor__ = _iop('__ixor__', lambda a, b: a ^ b)
    __ilshift__ = _iop('__ilshift__', lambda a, b: a << b)
    __irshift__ = _iop('__irshift__', lambda a, b: a >> b)
    del _iop


c = Cell(10)
same = c
c += 5
c -= 3
c *= 4
c //= 5
c %= 7
c **= 3
c @= 2
c &= 0xFF
c |= 0x100
c ^= 0x1
c <<= 2
c >>= 1
print(c.v, c is same)
c /= 4
print(c.v, c is same)


class BinaryOnly:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return BinaryOnly(self.v - o)

    def __rpow__(self, o):
        return BinaryOnly(o ** self.v)


b = BinaryOnly(10)
orig = b
b -= 4
print(b.v, b is orig)
n = 2
n **= BinaryOnly(5)
print(type(n).__name__, n.v)
try:
    b *= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    b <<= 2
except TypeError as e:
    print(type(e).__name__, e)
s = 'ab'
try:
    s -= 'b'
except TypeError as e:
    print(type(e).__name__, e)

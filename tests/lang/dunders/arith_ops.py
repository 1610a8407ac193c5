# Every binary arithmetic dunder and its reflected form.
class R:
    def __init__(self, name):
        self.name = name

    def _op(op):
        def f(self, other):
            return f'{self.name}.{op}({other!r})'
        f.__name__ = op
        return f

    _names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
              'matmul', 'and', 'or', 'xor', 'lshift', 'rshift']
    for _n in _names:
        locals()['__' + _n + '__'] = _op('__' + _n + '__')
        locals()['__r' + _n + '__'] = _op('__r' + _n + '__')
    del _n, _op, _names

    def __repr__(self):
        return self.name


x = R('x')
print(x + 1, x - 1, x * 1, x / 1, x // 1, x % 1, divmod(x, 1), x ** 1, x @ 1)
print(x & 1, x | 1, x ^ 1, x << 1, x >> 1)
print(1 + x, 1 - x, 1 * x, 1 / x, 1 // x, 1 % x, divmod(1, x), 1 ** x, 1 @ x)
print(1 & x, 1 | x, 1 ^ x, 1 << x, 1 >> x)
print(pow(x, 2), pow(2, x))
print('%s' % x, '%s-%s' % (x, x))
try:
    'fmt' % x
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(x, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(x.__add__.__name__, R.__radd__.__qualname__)


class P:
    pass


ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', divmod), ('**', lambda a, b: a ** b), ('@', lambda a, b: a @ b),
       ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b),
       ('<<', lambda a, b: a << b), ('>>', lambda a, b: a >> b)]
for sym, fn in ops:
    for a, b in [(P(), 1), (1.5, P())]:
        try:
            fn(a, b)
        except TypeError as e:
            print(sym, e)

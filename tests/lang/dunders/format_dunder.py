# __format__: format(), f-strings with specs, str.format, and object's default.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        print('__format__ spec=%r' % spec)
        if spec == 'raw':
            return str(self.cents)
        if spec.endswith('$'):
            width = int(spec[:-1] or 0)
            return ('$%d.%02d' % divmod(self.cents, 100)).rjust(width)
        return format(self.cents / 100, spec)

    def __str__(self):
        return 'Money-str'

    def __repr__(self):
        return 'Money-repr'


m = Money(12345)
print(format(m, 'raw'), format(m, '10$'), format(m, '.1f'))
print(f'{m}|{m:raw}|{m:$}|{m:12$}|{m!r}|{m!s}')
width = 8
print(f'{m:{width}$}', '{:raw} {!r:>12}'.format(m, m), '{0:$}'.format(m))
print(format(m))


class NoFormat:
    def __str__(self):
        return 'NoFormat-str'


n = NoFormat()
print(format(n), f'{n}', '{}'.format(n), f'{n!s:>15}', f'{n!r:.9}')
for spec in ['>10', 's', 'd']:
    try:
        format(n, spec)
    except TypeError as e:
        print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 123


try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{BadFormat()}'
except TypeError as e:
    print(type(e).__name__, e)


class IntLike(int):
    def __format__(self, spec):
        return 'IntLike:' + spec


print(format(IntLike(5), 'x'), f'{IntLike(5):>3}', '%d' % IntLike(5), str(IntLike(5)))


class Inherits(int):
    pass


print(format(Inherits(255), 'x'), f'{Inherits(7):03}')
try:
    format(m, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(m).__format__(m, 'raw'), object.__format__(n, ''))

# __repr__ and __str__: fallbacks, containers use repr, print uses str.
class Both:
    def __repr__(self):
        return 'Both<repr>'

    def __str__(self):
        return 'Both<str>'


class ReprOnly:
    def __repr__(self):
        return 'ReprOnly<repr>'


class StrOnly:
    def __str__(self):
        return 'StrOnly<str>'


b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(repr(b), str(b), repr(r), str(r), str(s))
print([b, r], (b,), {'k': b}, {1: r})
print(f'{b} {b!r} {b!s} {r} {s}')
print('%s %r %s' % (b, b, r))
print('{} {!r} {!s}'.format(b, b, r))
print(repr(s).startswith('<__main__.StrOnly object at 0x'))
print(str([s]).startswith('[<__main__.StrOnly object'))
print(ascii(b), format(b), format(r, ''))


class Unicode:
    def __repr__(self):
        return 'caf\u00e9 \u2603'


print(repr(Unicode()), ascii(Unicode()), str(Unicode()))


class Nested:
    def __init__(self, children):
        self.children = children

    def __repr__(self):
        return f'Nested({self.children!r})'


print(Nested([Nested([]), Nested([1, 'a'])]))


class ReprSubStr:
    class MyStr(str):
        pass

    def __repr__(self):
        return ReprSubStr.MyStr('substr repr')

    def __str__(self):
        return ReprSubStr.MyStr('substr str')


x = ReprSubStr()
print(repr(x), str(x), type(repr(x)).__name__, type(str(x)).__name__)


print(str(Both) == repr(Both), str(Both))

# Adding dunders and methods to builtin subclasses after creation.
class Num(int):
    pass


n = Num(5)
print(n + 1, type(n + 1).__name__, repr(n))
Num.__add__ = lambda self, other: Num(int(self) + int(other) * 100)
Num.__repr__ = lambda self: f'Num<{int(self)}>'
print(repr(n + 1), repr(1 + n), type(1 + n).__name__)
Num.__radd__ = lambda self, other: 'Num.__radd__'
print(1 + n)
del Num.__add__, Num.__radd__, Num.__repr__
print(n + 1, repr(n), type(n + 1).__name__)


class Words(list):
    pass


w = Words(['b', 'a'])
Words.__len__ = lambda self: 99
Words.__contains__ = lambda self, x: x == 'anything'
Words.__iter__ = lambda self: iter(['patched'])
print(len(w), 'anything' in w, 'a' in w, list(w), list.__len__(w))
del Words.__len__, Words.__contains__, Words.__iter__
print(len(w), 'a' in w, list(w))


class Text(str):
    pass


t = Text('hi')
Text.__str__ = lambda self: 'patched str'
Text.__getitem__ = lambda self, i: 'patched item'
Text.shout = lambda self: self.upper() + '!'
print(str(t), t[0], t.shout(), f'{t}', t + '')
del Text.__str__, Text.__getitem__
print(str(t), t[0], type(str(t)).__name__)

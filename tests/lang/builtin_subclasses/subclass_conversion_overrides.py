# Conversions of builtin subclasses that override __int__/__float__/__index__/__str__/__bool__.
class WeirdInt(int):
    def __int__(self):
        return 111

    def __index__(self):
        return 222

    def __float__(self):
        return 3.5

    def __bool__(self):
        return False

    def __str__(self):
        return 'WeirdInt-str'

    def __repr__(self):
        return 'WeirdInt-repr'


w = WeirdInt(5)
print(int(w), float(w), bool(w), str(w), repr(w), f'{w}', '%d' % w, '%s' % w)
print(hex(w), [0, 1, 2, 3, 4, 5, 6][w], 'abcdefg'[w:], range(w), w + 0, w == 5)
print(format(w, 'd'), format(w), int.__int__(w), int.__index__(w))


class WeirdFloat(float):
    def __float__(self):
        return 9.75

    def __int__(self):
        return 7

    def __str__(self):
        return 'WeirdFloat-str'


f = WeirdFloat(1.5)
print(float(f), int(f), str(f), repr(f), f'{f}', f'{f:.2f}', f + 0, round(f))


class WeirdStr(str):
    def __str__(self):
        return 'WeirdStr.__str__'

    def __repr__(self):
        return 'WeirdStr.__repr__'

    def __format__(self, spec):
        return 'WeirdStr.__format__'


s = WeirdStr('raw')
print(str(s), repr(s), f'{s}', '%s' % s, '{}'.format(s), s + '!', ''.join([s]))
print(s)
print([s], int(WeirdStr('12')), float(WeirdStr('1.5')))

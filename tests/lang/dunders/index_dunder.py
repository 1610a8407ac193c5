# __index__: used for slicing, indexing, range, hex/bin/oct, repetition, operator.index.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print('__index__', self.v)
        return self.v


seq = list(range(10))
print(seq[I(3)], seq[I(1):I(4)], seq[::I(3)], 'abcdef'[I(-1)])
print(list(range(I(3))), list(range(I(1), I(7), I(2))), range(10)[I(2)])
print(hex(I(255)), bin(I(5)), oct(I(8)))
print([0] * I(3), I(2) * 'ab', (1,) * I(2))
print(int(I(42)), float(I(3)))
print('%x %o' % (I(255), I(8)))
print(seq.pop(I(0)), seq.index(5, I(2)))
print(round(2.5, I(0)), (1).to_bytes(I(2), 'big'))
print(chr(I(65)), bytes(I(2)), bool(I(0)))


class NotIndex:
    def __int__(self):
        return 3


for fn in [lambda: seq[NotIndex()], lambda: range(NotIndex()), lambda: hex(NotIndex()),
           lambda: 'ab' * NotIndex(), lambda: seq[NotIndex():]]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        return 'three'


for fn in [lambda: seq[BadIndex()], lambda: range(BadIndex()), lambda: hex(BadIndex())]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)


class BigIndex:
    def __index__(self):
        return 2 ** 100


try:
    seq[BigIndex()]
except IndexError as e:
    print(type(e).__name__, e)
print(hex(BigIndex()), range(BigIndex())[-1] == 2 ** 100 - 1)
try:
    [1] * BigIndex()
except OverflowError as e:
    print(type(e).__name__, e)


try:
    len(range(BigIndex()))
except OverflowError as e:
    print(type(e).__name__, e)

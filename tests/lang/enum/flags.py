from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), len(Perm))
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name)
print(Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), rw & Perm.R)
print(~Perm.R, repr(~Perm.RWX), Perm.RWX, repr(Perm(7)))
print(list(rw), len(rw), list(Perm.RWX))
print(Perm(0), repr(Perm(0)), bool(Perm(0)), Perm(6) is rw)
print(rw ^ Perm.W, Perm.R ^ Perm.R)
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', str(e).splitlines()[0])
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError:', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, Color.RED | Color.GREEN, [c.value for c in Color])
print(Color(3), Color(7) is Color.WHITE)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, m + 1, isinstance(m, int))
print(repr(Mode.READ | 8), repr(~Mode.READ), repr(Mode(0)), Mode(5))
print(repr(m | 1), repr(1 | m), m & 4, repr(m & 4))
print(Mode.READ in m, list(m), format(m, '03b'))


class Order(Flag):
    B = 2
    A = 1
    C = 4


print(repr(Order.A | Order.B | Order.C), list(Order.A | Order.C))

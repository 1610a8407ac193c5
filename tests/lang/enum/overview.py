from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color), type(Color), Color.__members__)
try: Color.RED = 5
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try:
    class More(Color): X = 5
except TypeError as e: print(e)
print(Color.RED in Color, format(Color.RED), f'{Color.RED:>12}|', str(Color.RED))
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
try:
    class D(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
class P(Flag):
    R = 4; W = 2; X = 1
print(P.R|P.W, repr(P.R|P.W), str(P.R|P.W), ~P.R, P(0), repr(P(0)), list(P), list(P.R|P.X), len(P.R|P.W), P.R in P.R|P.W, bool(P(0)))
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(IP.R|IP.W, repr(IP.R|IP.W), str(IP.R|2), IP.R|8, repr(IP.R|8), ~IP.R, repr(~IP.R), IP.R + 1, IP(0), repr(IP(7)))
class N(IntEnum):
    A = 1; B = 2
print(N.A, repr(N.A), N.A == 1, N.A < N.B, N.A + 1, format(N.A), f'{N.A:03d}', str(N.A), hash(N.A)==hash(1), sorted([N.B, N.A]))
class S(StrEnum):
    X = auto(); Y = 'why'
print(S.X, repr(S.X), S.Y == 'why', S.X.upper())
class A(Enum):
    a = auto(); b = auto(); c = 10; d = auto()
print(list(A), [m.value for m in A])
class F(Flag):
    a = auto(); b = auto(); c = auto()
print([m.value for m in F], F.a | F.c)
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, len(Color), list(reversed(Color)))
print(Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash('RED'))
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
E2 = Enum('E2', 'A B C'); print(list(E2), E2.A.value)
E3 = Enum('E3', [('X', 10), ('Y', 20)]); print(list(E3))
E4 = Enum('E4', {'P': 'p'}); print(list(E4))
print(Color._member_names_, Color._value2member_map_)
print(type(Color.__members__))

from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'old'), Version(1, 0), Version(1, 2, 'dup')]
print(sorted(vs))
print(Version(1, 0) < Version(1, 1), Version(1, 1) <= Version(1, 1), Version(2) > Version(1, 9), Version(1) >= Version(1))
print(Version(1, 2, 'a') == Version(1, 2, 'b'))
print(max(vs), min(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)
print(Version(1).__lt__((1,)))

try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print('ValueError:', e)

try:
    @dataclass(order=True)
    class Own:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)


@dataclass(order=True)
class Sub(Version):
    patch: int = 0


print(sorted([Sub(1, 0, '', 3), Sub(1, 0, '', 1)]))
try:
    print(Sub(1) < Version(2))
except TypeError as e:
    print('TypeError:', e)


@dataclass(eq=False)
class Ident:
    x: int


a = Ident(1)
print(a == Ident(1), a == a, Ident.__eq__ is object.__eq__)

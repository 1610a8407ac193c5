# Operator dunders are inherited; overriding one changes only that operator.
class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __add__(self, o):
        return type(self)(*[a + b for a, b in zip(self.xs, o.xs)])

    def __eq__(self, o):
        return type(o) is type(self) and self.xs == o.xs

    def __hash__(self):
        return hash(self.xs)

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __repr__(self):
        return f'{type(self).__name__}{self.xs}'


class Vec2(Vec):
    def __repr__(self):
        return 'Vec2<' + ', '.join(map(str, self.xs)) + '>'


class NoEq(Vec):
    def __eq__(self, o):
        return 'custom eq'


v = Vec2(1, 2) + Vec2(3, 4)
print(v, type(v).__name__, len(v), list(v), v == Vec2(4, 6), v == Vec(4, 6))
print({Vec2(1): 'a'}[Vec2(1)])
try:
    hash(NoEq(1))
except TypeError as e:
    print(type(e).__name__, e)
print(NoEq(1) == NoEq(1), NoEq(1) + NoEq(2))


class Sized(Vec):
    def __len__(self):
        return 0


print(bool(Sized(1, 2)), bool(Vec(1)), bool(Vec()))


class Iterless(Vec):
    __iter__ = None


try:
    list(Iterless(1))
except TypeError as e:
    print(type(e).__name__, e)


class Grand(Vec2):
    pass


print(repr(Grand(5)), str(Grand(5)), f'{Grand(6)}', Grand(1) + Grand(2))

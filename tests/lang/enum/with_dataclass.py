import copy
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntFlag, auto


class Suit(Enum):
    HEARTS = '♥'
    SPADES = '♠'

    def __lt__(self, other):
        order = list(Suit)
        return order.index(self) < order.index(other)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: Suit = Suit.HEARTS


@dataclass
class File:
    name: str
    perm: Perm = Perm.R
    tags: list = field(default_factory=list)


cards = [Card(10, Suit.SPADES), Card(2), Card(10, Suit.HEARTS)]
print(sorted(cards))
print(copy.deepcopy(cards[0]) == cards[0], copy.deepcopy(Suit.HEARTS) is Suit.HEARTS, copy.copy(Perm.W) is Perm.W)
f = File('a.txt', Perm.R | Perm.W)
g = copy.deepcopy(f)
print(g, g.perm is f.perm or g.perm == f.perm, asdict(f))
print(replace(f, perm=Perm.X), {Suit.HEARTS: 1}[Suit('♥')])
print({c.suit for c in cards} == {Suit.HEARTS, Suit.SPADES}, hash(Suit.SPADES) == hash(Suit.SPADES))
print(Suit.HEARTS.__reduce_ex__(2), Perm.W.__reduce_ex__(2)[0].__name__)
counts = {}
for c in cards:
    counts[c.suit] = counts.get(c.suit, 0) + 1
print(sorted(counts.items()))


class Step(Enum):
    START = auto()
    MIDDLE = auto()
    END = auto()

    def next(self):
        members = list(type(self))
        i = members.index(self)
        return members[(i + 1) % len(members)]


s = Step.START
seen = []
for _ in range(4):
    seen.append(s.name)
    s = s.next()
print(seen)
print(Step.__members__['END'], Step.END in Step, list(Step)[-1] is Step.END)

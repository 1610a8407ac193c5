# Which objects are sequences for pattern matching: list, tuple, range,
# deque, array, collections.abc.Sequence subclasses and registered classes;
# not str/bytes/bytearray, dicts, sets, iterators or generators.
import array
import collections
import collections.abc


def is_seq(v):
    match v:
        case [*_]:
            return True
        case _:
            return False


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class Registered:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


collections.abc.Sequence.register(Registered)


class SubOfRegistered(Registered):
    pass


class Plain:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i


class MyList(list):
    pass


class MyTuple(tuple):
    pass


def gen():
    yield 1


values = [
    ("list", [1, 2]), ("tuple", (1, 2)), ("range", range(2)),
    ("deque", collections.deque([1, 2])), ("array", array.array("i", [1, 2])),
    ("MySeq", MySeq(1, 2)), ("Registered", Registered(1, 2)),
    ("SubOfRegistered", SubOfRegistered(1, 2)), ("Plain", Plain()),
    ("MyList", MyList([1, 2])), ("MyTuple", MyTuple((1, 2))),
    ("UserList", collections.UserList([1, 2])),
    ("str", "ab"), ("bytes", b"ab"), ("bytearray", bytearray(b"ab")),
    ("dict", {1: 2}), ("set", {1, 2}), ("frozenset", frozenset([1])),
    ("iterator", iter([1, 2])), ("generator", gen()),
    ("dict keys", {1: 2}.keys()), ("int", 5), ("None", None),
]
for name, v in values:
    print(f"{name:16} sequence: {is_seq(v)}")

# Matching unpacks through iteration where needed.
match MySeq("a", "b", "c"):
    case [x, *rest]:
        print("MySeq", x, rest)
match collections.deque([1, 2, 3]):
    case [1, *mid, 3]:
        print("deque", mid)
match array.array("d", [1.5, 2.5]):
    case [a, b]:
        print("array", a, b)
match Registered(7, 8):
    case [a, b]:
        print("registered", a, b)

# Registration done after a class has subclasses reaches them too.
class Base:
    def __len__(self):
        return 1

    def __getitem__(self, i):
        if i:
            raise IndexError
        return "only"


class Derived(Base):
    pass


print("before register:", is_seq(Derived()))
collections.abc.Sequence.register(Base)
print("after register:", is_seq(Derived()), is_seq(Base()))


# A class inheriting from both a mapping and a sequence ABC takes the first.
class SeqThenMap(collections.abc.Sequence, dict):
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


match SeqThenMap():
    case {}:
        print("SeqThenMap is a mapping")
    case []:
        print("SeqThenMap is a sequence")

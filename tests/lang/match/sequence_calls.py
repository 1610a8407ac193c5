# The protocol calls a sequence pattern makes, and when: the length check,
# iteration for unpacking, and indexing (from the length) for `*_`.
import collections.abc


class Traced(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        print("  len")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


def run(label, v):
    print(label)
    match v:
        case [1, 2, 3]:
            print("  -> exact three")
        case [a, *_, z]:
            print("  -> ends", a, z)
        case [a, *rest]:
            print("  -> first and rest", a, rest)
        case [*_]:
            print("  -> any sequence")


run("three", Traced(1, 2, 3))
run("four", Traced(1, 2, 3, 4))
run("one", Traced(9))
run("none", Traced())

print("only wildcards")
match Traced(1, 2):
    case [_, _]:
        print("  -> two of anything, no items fetched")

print("star in the middle, by index")
match Traced(1, 2, 3, 4, 5):
    case [a, b, *_, c, d]:
        print("  ->", a, b, c, d)

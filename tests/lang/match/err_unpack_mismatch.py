# A registered sequence whose iteration disagrees with its length: the
# unpacking after the length check raises ValueError.
import collections.abc


class Liar:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i


collections.abc.Sequence.register(Liar)
match Liar():
    case [a, b]:
        print("unreachable")

# Sorting and min/max use the overridden __lt__ of int/str subclasses.
class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)


print(sorted([Rev(1), Rev(3), Rev(2)]), min(Rev(1), Rev(5)), max([Rev(4), Rev(9)]))
print(Rev(1) < Rev(2), Rev(1) > Rev(2), Rev(1) <= Rev(2))


class ByLen(str):
    def __lt__(self, other):
        return len(self) < len(other)


words = [ByLen(w) for w in ['ccc', 'a', 'bb', 'dddd']]
print(sorted(words), max(words), min(words))
print(sorted(['bb', ByLen('a'), 'ccc']))


class Mixed(int):
    def __lt__(self, other):
        print('Mixed.__lt__', int(self), other)
        return int.__lt__(self, other)

    def __gt__(self, other):
        print('Mixed.__gt__', int(self), other)
        return int.__gt__(self, other)


print(sorted([3, Mixed(1), 2]))
print(1 < Mixed(2), Mixed(2) < 1)
l = [Mixed(2), Mixed(1)]
l.sort()
print(l)

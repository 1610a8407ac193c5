# set and frozenset subclasses: operations return base types; frozenset __new__.
class MySet(set):
    pass


s = MySet([3, 1, 2])
print(sorted(s), type(s).__name__, len(s), 2 in s, isinstance(s, set))
results = [s | {9}, s & {1}, s - {1}, s ^ {1, 7}, s.union([8]), s.copy(), s.difference(),
           {9} | s, s.intersection({1, 2})]
print([type(r).__name__ for r in results])
s |= {4}
s -= {3}
print(type(s).__name__, sorted(s))
s.add(10)
s.discard(1)
print(sorted(s), s == {2, 4, 10}, s <= {2, 4, 10, 11})
s.label = 'x'
print(s.label)
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)


class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def __repr__(self):
        return 'Frozen(' + ', '.join(map(repr, sorted(self))) + ')'


f = Frozen(3, 1, 2)
print(f, type(f).__name__, hash(f) == hash(frozenset({1, 2, 3})), {f: 'key'}[frozenset({1, 2, 3})])
print(type(f | {4}).__name__, type(f.copy()).__name__, f.copy() is f, type(frozenset(f)).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f.issubset(range(5)))


class Tracking(set):
    def add(self, item):
        print('Tracking.add', item)
        super().add(item)


t = Tracking()
t.add(1)
t.update([2, 3])
t |= {4}
print(sorted(t))
print(sorted(Tracking('ab')), type(Tracking('ab')).__name__)

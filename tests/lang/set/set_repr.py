# repr and str of sets and frozensets.
print(set(), frozenset(), set([1]), frozenset([1]), set([None]), frozenset([()]))
print(repr(set([1, 2])), repr(frozenset([1, 2])), f'{set([3])}' == repr(set([3])))
print(set([(1, 2)]), frozenset([frozenset([1])]), set([frozenset()]), frozenset([frozenset()]))
print(set([1.5, -0.0]), set([True]), set([False]), set([b'x']), set([2 ** 64]))
print([set([1])], (frozenset([2]),), {1: set([3])}, {frozenset([4]): set()})
print(f'{set([5])}', f'{frozenset([6])!r}', set([1]).__repr__(), frozenset().__repr__())
print(set(x for x in range(3)), frozenset(range(3)), set([7]).copy())

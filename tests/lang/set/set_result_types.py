# Mixed set/frozenset operations: the result type follows the left operand.
s = set([1, 2])
f = frozenset([2, 3])
for name, r in [('s|f', s | f), ('f|s', f | s), ('s&f', s & f), ('f&s', f & s),
                ('s-f', s - f), ('f-s', f - s), ('s^f', s ^ f), ('f^s', f ^ s)]:
    print(name, type(r).__name__, r)
for name, r in [('s.union', s.union(f)), ('f.union', f.union(s)), ('f.union()', f.union()),
                ('f.intersection', f.intersection([3])), ('f.difference', f.difference([3])),
                ('f.symmetric_difference', f.symmetric_difference([9])), ('s.copy', s.copy()),
                ('f.copy', f.copy()), ('s.intersection()', s.intersection()), ('f.difference()', f.difference())]:
    print(name, type(r).__name__, r)
print(f.copy() is f, s.copy() is s, f.union() == f, (f | frozenset()) is f)
print(frozenset(f) is f, f.intersection(f) == f, s.union(s) is s)
print(type(f & s & f).__name__, type(s - f - s).__name__)
print({f: 'key'}[frozenset([3, 2])], f in set([f]), frozenset([2, 3]) in set([f]))

# Argument errors of the set and frozenset methods.
s = set([1])
f = frozenset([1])
calls = [
    ('add0', lambda: s.add()), ('add2', lambda: s.add(1, 2)),
    ('remove0', lambda: s.remove()), ('discard2', lambda: s.discard(1, 2)),
    ('pop1', lambda: s.pop(1)), ('clear1', lambda: s.clear(1)), ('copy1', lambda: s.copy(1)),
    ('union kw', lambda: s.union(x=1)), ('update kw', lambda: s.update(x=1)),
    ('issubset0', lambda: s.issubset()), ('issuperset2', lambda: s.issuperset(1, 2)),
    ('isdisjoint0', lambda: s.isdisjoint()), ('symdiff0', lambda: s.symmetric_difference()),
    ('symdiff_update0', lambda: s.symmetric_difference_update()),
    ('frozen copy1', lambda: f.copy(1)), ('frozen union kw', lambda: f.union(x=1)),
    ('frozen issubset0', lambda: f.issubset()), ('frozen add', lambda: f.add(1)),
    ('frozen update', lambda: f.update([1])), ('frozen pop', lambda: f.pop()),
    ('unbound add', lambda: set.add(f, 1)), ('unbound union', lambda: set.union([1])),
    ('unbound pop', lambda: set.pop()),
]
for name, fn in calls:
    try:
        fn()
        print(name, 'no error')
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__ + ':', e)

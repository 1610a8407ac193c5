# Comprehensions over all kinds of iterables.
print([c for c in 'héllo'])
print([b for b in b'\x00\x01\xff'])
print([k for k in {'b': 1, 'a': 2}])
print([kv for kv in {'b': 1, 'a': 2}.items()])
print([t for t in (1, (2, 3))])
print([r for r in range(10, 0, -3)])
print([e for e in enumerate('xy')])
print([z for z in zip('ab', [1, 2], (True, False))])
print([m for m in map(abs, [-1, -2])])
print([f for f in filter(None, [0, 1, '', 'a'])])
print([r for r in reversed('abc')])
print([s for s in sorted([3, 1, 2])])
print([x for x in iter([5, 6])])
def gen():
    yield 'g1'
    yield 'g2'
print([g for g in gen()])
print([line for line in 'a\nb\n'.splitlines()])

# hash of ints, floats, bools, tuples, frozensets (no str hashes printed).
for v in (0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 10 ** 30, True, False):
    print(repr(v), hash(v))
for v in (0.0, -0.0, 1.0, 1.5, -1.5, 0.5, 1e100, 2.0 ** 61, float('inf'), float('-inf')):
    print(repr(v), hash(v))
print(hash(51.0) == hash(51), hash(1.5) == hash(1.5), hash(-1) == hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
print(hash((1, 2)), hash(()), hash((0,)), hash((-1,)), hash(((1,), 2)))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})))
for bad in ([], {}, set(), bytearray(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
print(type(hash(1.5)).__name__, hash(float('nan')) == hash(float('nan')) or 'nan hashes by identity')

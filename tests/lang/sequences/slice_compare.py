# Comparing slices: as (start, stop, step) tuples.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

pairs = [(slice(1, 2), slice(1, 2)), (slice(1, 2), slice(1, 3)), (slice(1, 2, None), slice(1, 2)),
         (slice(0), slice(None, 0)), (slice(1, 2, 3), slice(1, 2, 4)), (slice(2), slice(1)),
         (slice(1, 2), slice(1.0, 2.0)), (slice('a'), slice('a'))]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
s = slice(1, 2)
print(s == s, s <= s, s < s, s != s)
print(slice(1) == 1, slice(1) != (None, 1, None), slice(1) == (None, 1, None))
check('< int', lambda: slice(1) < 1)
check('< tuple', lambda: slice(1) < (1,))
check('None items', lambda: slice(None, 1) < slice(1, 1))
check('None vs None', lambda: slice(None) < slice(None))
check('mixed items', lambda: slice(1, 'a') < slice(1, 2))
print(slice(None) == slice(None), slice(None, None, None) == slice(None))
print([slice(1)].count(slice(None, 1)), slice(1, 2) in [slice(1, 2)])
print(slice(1).__eq__(slice(1)), slice(1).__eq__(1), slice(1).__lt__(slice(2)))

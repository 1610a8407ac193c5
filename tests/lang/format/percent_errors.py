# %-formatting errors with CPython's messages, in CPython's order.
cases = [('%d', 'a'), ('%i', '1'), ('%x', 1.5), ('%o', 1.0), ('%X', None), ('%d', None), ('%u', []), ('%f', 'a'),
         ('%e', None), ('%g', [1]), ('%c', 'ab'), ('%c', ''), ('%c', 1.5), ('%c', -1), ('%c', 0x110000), ('%c', 2 ** 70),
         ('%s %s', 1), ('%s', (1, 2)), ('%s', ()), ('', 5), ('a', 'b'), ('%', 1), ('%5', 1), ('%.', 1), ('%*', (5,)),
         ('%y', 1), ('%y', ()), ('%5%', ()), ('%5%', 1), ('%z', 1), ('%\n', 1), ('%é', 1), ('%s%s', (1,)),
         ('%*d', ('a', 1)), ('%.*f', (1.5, 2)), ('%*d', (2 ** 70, 1)), ('%d', float('inf')), ('%d', float('nan')),
         ('%f', 10 ** 400), ('%1000000000000000000000d', 1), ('%.10000000000d', 1), ('%d %d', (1, 'x')),
         ('%x', 'ff'), ('%(a)s', 1), ('%s %(a)s', (1,)), ('x%', ()), ('%-', 1), ('%#', 1), ('%ld', 'x'), ('%hs', 1)]
for fmt, arg in cases:
    try:
        print(repr(fmt), repr(arg), repr(fmt % arg))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), repr(arg), type(e).__name__, e)
# The right operand decides: a str on the right of % with a non-str left is not formatting.
for left in [5, 2.5, [1], None]:
    try:
        print(repr(left % 'x'))
    except TypeError as e:
        print(type(e).__name__, e)

# + and *: results, reflected forms, and errors.
a, b = 'ab', 'cd'
print(a + b, a + '', '' + b, repr('' + ''), a * 3, 3 * a, repr(a * 0), repr(a * -2), repr(0 * a), a * True, repr(a * False))
print('é' * 3, '中文' * 2, 3 * '😀', len('é' * 1000), ('ab' * 3)[::-1], repr('' * 10 ** 12))
x = 'a'
x += 'b'
x *= 3
print(x, len(x))
for op in ['+', '*', '-', '/', '//', '**', '@', '&', '|', '^', '<<', '>>']:
    for other in [1, 1.5, None, [1], b'x', 'x']:
        try:
            if op == '+':
                r = 'ab' + other
            elif op == '*':
                r = 'ab' * other
            elif op == '-':
                r = 'ab' - other
            elif op == '/':
                r = 'ab' / other
            elif op == '//':
                r = 'ab' // other
            elif op == '**':
                r = 'ab' ** other
            elif op == '@':
                r = 'ab' @ other
            elif op == '&':
                r = 'ab' & other
            elif op == '|':
                r = 'ab' | other
            elif op == '^':
                r = 'ab' ^ other
            elif op == '<<':
                r = 'ab' << other
            else:
                r = 'ab' >> other
            print(op, repr(other), repr(r))
        except TypeError as e:
            print(op, repr(other), type(e).__name__, e)
for other in [1, 1.5, None]:
    for call in [lambda: other + 'ab', lambda: other * 'ab']:
        try:
            print(repr(call()))
        except TypeError as e:
            print(type(e).__name__, e)
for n in [2 ** 62, 2 ** 40, 2 ** 63 - 1]:
    try:
        'ab' * n
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, repr(str(e)))
for n in [2 ** 70, -2 ** 70]:
    try:
        print(repr('ab' * n))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    -'a'
except TypeError as e:
    print(type(e).__name__, e)

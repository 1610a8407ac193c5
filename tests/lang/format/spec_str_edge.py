# Format specs applied to str: alignment, fill, width, precision, Unicode.
words = ['', 'a', 'abc', 'é', '中文', '😀x', 'longer than width']
for spec in ['', 's', '5', '<5', '>5', '^5', '*^6', '-<4', '.2', '8.3', '>8.3s', '^7.1', 'é>5', '中^6', '😀<4',
             '{<3', '}>3', '0', '05', '010s', '.0', '1', '>1.1']:
    print(repr(spec), [format(w, spec) for w in words])
for spec in ['d', 'x', '+', '-', ' ', '#', '=', '=5', ',', '_', ',s', '+5', 'z', '.', '5.', '5.x', 'ss', '<>', '%']:
    try:
        print(repr(spec), repr(format('ab', spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    format('a', '10000000000000000000000')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('a', '.10000000000000000000000')
except ValueError as e:
    print(type(e).__name__, e)
print(f'{"é":-^9}', f'{"中文"!r:>8}', f'{"x"!a:3}|', f'{"abc"[1:]:>4}', f'{"":*>3}', f'{"a" "b":^6}|')

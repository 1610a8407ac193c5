# float ** in all of CPython's special cases (complex results left out).
inf, nan = float('inf'), float('nan')
cases = [(2.0, 3), (2.0, -1), (2.0, 0.5), (4.0, -0.5), (0.0, 0), (0.0, 2), (0.0, 0.5), (-0.0, 3), (-0.0, 2),
         (-0.0, 0.5), (1.0, inf), (1.0, nan), (-1.0, inf), (-1.0, -inf), (0.5, inf), (0.5, -inf), (2.0, inf),
         (2.0, -inf), (0.0, -inf) if False else (0.0, inf), (inf, 2), (inf, -2), (inf, 0.5), (-inf, 3), (-inf, 2),
         (-inf, -3), (-inf, -2), (-inf, 0.5), (-inf, -0.5), (nan, 0), (nan, 1), (nan, -1), (2.0, nan),
         (-2.0, 3), (-2.0, -3), (-2.0, 2.0), (-1.0, 1e300), (-1.0, 3.0), (10.0, -400), (0.5, 2000),
         (2, 0.5), (True, 0.5), (-8, 3.0), (2.0 ** 0.5, 2), (1e-300, 2), (-1e-300, 3)]
for a, b in cases:
    print(repr(a), repr(b), repr(a ** b), repr(pow(a, b)))
for a, b in [(0.0, -1), (-0.0, -1), (0.0, -2.5), (0, -1.0), (0.0, -inf) if False else (0.0, -0.5)]:
    try:
        a ** b
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
for a, b in [(10.0, 400), (-10.0, 401), (2.0, 1e10), (-2.0, 1e10), (1e300, 2), (0.5, -2000), (2, 1024.0)]:
    try:
        a ** b
    except OverflowError as e:
        print('OverflowError:', e)
for a, b in [(10 ** 400, 0.5), (2.0, 10 ** 400), (10 ** 400, 1.0)]:
    try:
        a ** b
    except OverflowError as e:
        print('OverflowError:', e)
print(0.0 ** -inf, (-0.0) ** -inf, 2 ** -1, 2 ** -1074 > 0, 2 ** -1075, (-2) ** -1, (-2) ** -2)

# divmod(): results and types for every operand kind, errors and arity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (True, 2), (5, True),
         (2 ** 70, 3), (-(2 ** 70), 3), (2 ** 70, -(2 ** 65)), (7.5, 2), (-7.5, 2),
         (7, 2.5), (-7, -2.5), (1e300, 1e-300), (-0.0, 1), (0.0, -1), (5.0, float('inf')),
         (-5.0, float('inf')), (float('inf'), 2), (float('nan'), 1)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(repr(a), repr(b), '->', repr(q), repr(r), type(q).__name__, type(r).__name__)
for a, b in [(7, 2), (-7, 2), (7.5, -2), (2 ** 65, 7)]:
    print(divmod(a, b) == (a // b, a % b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (2 ** 70, 0), (True, False)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
for a, b in [('a', 1), (1, 'a'), ([], []), (None, 1), (1, None), ('z', 2.0)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print('TypeError:', e)
for args in [(), (1,), (1, 2, 3)]:
    try:
        divmod(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    divmod(1, b=2)
except TypeError as e:
    print('TypeError:', e)
print((7).__divmod__(2), (7).__rdivmod__(2), (7.0).__divmod__(2), (7.0).__rdivmod__(2))
print((7).__divmod__(2.0), (7.0).__divmod__('x'))

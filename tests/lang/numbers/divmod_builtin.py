# divmod across int, float, bool and big values.
for a, b in [(7, 2), (-7, 2), (7, -2), (0, 5), (5, 7), (7.0, 2), (-7.0, 2.5), (True, 2),
             (10 ** 25, 7), (-(10 ** 25), 7), (10 ** 25, -(10 ** 12)), (1, 10 ** 30)]:
    q, r = divmod(a, b)
    print(a, b, q, r, type(q).__name__, type(r).__name__)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    divmod('a', 1)
except TypeError as e:
    print('TypeError:', e)

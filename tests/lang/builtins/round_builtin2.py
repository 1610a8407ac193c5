# round(): ints and floats, ndigits forms, keywords, and errors.
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1e16 + 1.0, -0.0, 0.49999999999999994):
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, None))
for v in (5, 15, 25, -25, 149, 150, 151, 2 ** 70 + 5, -(10 ** 20) - 50, True, False):
    print(repr(v), round(v), round(v, 2), round(v, -1), round(v, -2), type(round(v, -1)).__name__)
print(round(number=2.5), round(2.567, ndigits=2), round(number=1234, ndigits=-2))
print(round(1234.5678, -2), round(-1234.5678, -1), round(5e-324, 400), round(1e300, -300))
print(round(123.456, -5), round(0.1 + 0.2, 15), round(2.5, 10 ** 20), round(2.5, -(10 ** 20)))
print(round(-7, 2 ** 100), round(10 ** 30, -29), round(-15, -1), round(-25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(3, 1)).__name__)
print(round(float('inf'), 1), round(float('-inf'), -2), round(float('nan'), 3))
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    round(1.7e308, -308)
except OverflowError as e:
    print('OverflowError:', e)
for args in [('1',), (None,), ([],), (1.5, 'x'), (1.5, 1.0), (1, 1.5), (2.5, [])]:
    try:
        round(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    round()
except TypeError as e:
    print('TypeError:', e)
try:
    round(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    round(1.5, digits=1)
except TypeError as e:
    print('TypeError:', e)
try:
    round(1.5, number=2)
except TypeError as e:
    print('TypeError:', e)
try:
    round(ndigits=2)
except TypeError as e:
    print('TypeError:', e)
print((2.5).__round__(), (2.5).__round__(0), (2.55).__round__(1), (25).__round__(-1), (25).__round__())
try:
    (2.5).__round__(1, 2)
except TypeError as e:
    print('TypeError:', e)

# round(): ints, floats, ndigits, banker's rounding, negative ndigits.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005):
    print(v, round(v), round(v, 0), round(v, 2), type(round(v)).__name__)
for v in (1234, -1234, 1250, 1350, 15, 25, -25):
    print(v, round(v), round(v, -1), round(v, -2), round(v, 1), type(round(v, -1)).__name__)
print(round(1234.5678, -2), round(1234.5678, 2), round(-1234.5678, -1), round(0.1 + 0.2, 15))
print(round(1e300, -300), round(5e-324, 400), round(123.456, -5))
print(round(2 ** 100 + 5, -1), round(10 ** 20 + 50, -2), round(10 ** 20 + 150, -2))
print(round(True), round(False, 3), round(7, None), round(7.5, None))
for v in (float('inf'), float('nan')):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(round(float('inf'), 2), round(float('nan'), 1))
try:
    round('1')
except TypeError as e:
    print('TypeError:', e)

# pow() with two and three arguments, keywords, modular inverses, errors.
print(pow(2, 10), pow(-2, 3), pow(2, -1), pow(-2, -2), pow(2.0, 3), pow(2, 0.5))
print(pow(0, 0), pow(0.0, 0), pow(1, -5), pow(-1, -5), pow(True, 5), pow(5, True))
print(pow(base=3, exp=4), pow(3, exp=4), pow(3, 4, mod=5), pow(3, 4, None), pow(base=2, exp=5, mod=None))
print(pow(2, 100, 10 ** 9 + 7), pow(-2, 101, 97), pow(2, 3, -5), pow(-2, 3, -5), pow(7, 0, 1), pow(0, 0, 7))
print(pow(3, -1, 7), pow(2, -3, 13), pow(-3, -1, 7), pow(3, -1, -7), pow(2, -1, 1), pow(38, -1, 97))
print(pow(10 ** 30, -1, 10 ** 9 + 7) * 10 ** 30 % (10 ** 9 + 7), pow(2 ** 100, 2 ** 100, 2 ** 61 - 1))
print(pow(True, True, True), pow(5, 3, True), pow(12, 10 ** 20, 1000))
for args in [(2, -1, 4), (0, -1, 5), (6, -2, 9), (2, 3, 0), (2, -1, 0)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print('ValueError:', e)
for args in [(2.0, 3, 4), (2, 0.5, 3), (2, 3, 4.0), ('2', 2), (2, '2'), (2, 3, '4'), ('a', 2, 3), (None, 2), ([], [], [])]:
    try:
        print(pow(*args))
    except TypeError as e:
        print('TypeError:', e)
for bad in ['pow()', 'pow(1)', 'pow(1, 2, 3, 4)', 'pow(1, 2, x=3)', 'pow(2, 3, base=2)', 'pow(exp=2)']:
    try:
        if bad == 'pow()':
            pow()
        elif bad == 'pow(1)':
            pow(1)
        elif bad == 'pow(1, 2, 3, 4)':
            pow(1, 2, 3, 4)
        elif bad == 'pow(1, 2, x=3)':
            pow(1, 2, x=3)
        elif bad == 'pow(2, 3, base=2)':
            pow(2, 3, base=2)
        else:
            pow(exp=2)
    except TypeError as e:
        print(bad, 'TypeError:', e)
for args in [(0, -1), (0.0, -2), (0, -2.5)]:
    try:
        pow(*args)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
print(pow(2, 10 ** 2) % 1000, pow(-1, 10 ** 30), pow(1, 10 ** 30), pow(0, 10 ** 30))

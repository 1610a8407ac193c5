# abs() of every numeric kind, its result types and its errors.
values = [0, 5, -5, True, False, 2 ** 47 - 1, -(2 ** 47), -(2 ** 63), -(10 ** 30),
          0.0, -0.0, 2.5, -2.5, float('inf'), float('-inf'), float('nan'), -1e-320]
for v in values:
    r = abs(v)
    print(repr(v), '->', repr(r), type(r).__name__)
print(abs(-7) == 7, abs(7.0) == 7, abs(-(2 ** 100)) == 2 ** 100)
print(abs(abs(-3)), abs(-abs(3)), -abs(-3))
print((-9).__abs__(), (9.5).__abs__(), (-0.0).__abs__(), True.__abs__())
print(int.__abs__(-4), float.__abs__(-4.5))
for bad in ['x', None, [], (), {}, abs]:
    try:
        abs(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    abs()
except TypeError as e:
    print('TypeError:', e)
try:
    abs(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    abs(x=1)
except TypeError as e:
    print('TypeError:', e)
try:
    int.__abs__('a')
except TypeError as e:
    print('TypeError:', e)
try:
    (5).__abs__(1)
except TypeError as e:
    print('TypeError:', e)
print(list(map(abs, [-1, 2, -3.5])), sum(abs(x) for x in range(-3, 4)))

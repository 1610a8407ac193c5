# More %-format edge cases.
print('%s' % 'only')
print('%s' % ['list'])
print('%s' % {'k': 1})
print('%(a)s %(a)s %(b)d' % {'a': 'A', 'b': 2.9})
print('%(x)5.2f|%(x)-8.1e|' % {'x': 12.3456})
try:
    print('%3%|' % ())
except TypeError as e:
    print('TypeError:', e)
print('%-5s|%5s|' % ('ab', 'cd'), '%.0s|' % 'hidden')
print('%r %r' % (1.0, 'x\n'))
print('%x %X %o' % (2 ** 70, 2 ** 70, 2 ** 70))
print('%d' % 2 ** 80, '%i' % -(2 ** 80), '%.3f' % 2 ** 60)
print('%c%c%c' % (72, 105, 33))
print('% 5d|% -5d|%- 5d|' % (3, 3, -3))
print('%#5x|%#-8o|%#X' % (10, 10, 255))
for args in [('a', 'b'), ['x'], 5]:
    try:
        print('%s' % args)
    except TypeError as e:
        print('TypeError:', e)
try:
    print('%(missing)s' % {'other': 1})
except KeyError as e:
    print('KeyError:', e)
try:
    print('%s %(k)s' % {'k': 1})
except TypeError as e:
    print('TypeError:', e)
print('%f %f' % (float('inf'), float('nan')), '%e' % float('-inf'), '%5.1f|' % float('inf'))

# Format specs for integers: types b c d o x X n, fill, align, sign, #, 0, grouping.
values = [0, 7, -7, 255, -255, 1234567, 10 ** 12]
for v in values:
    print(format(v, 'b'), format(v, '#b'), format(v, 'o'), format(v, '#o'),
          format(v, 'x'), format(v, '#X'), format(v, 'd'), format(v, 'n'))
for v in (5, -5, 1234567):
    print('[%s] [%s] [%s] [%s] [%s] [%s]' % (format(v, '10'), format(v, '<10'), format(v, '^10'),
          format(v, '>10'), format(v, '=10'), format(v, '*^+10')))
    print('[%s] [%s] [%s] [%s] [%s]' % (format(v, '+'), format(v, '-'), format(v, ' '),
          format(v, '010'), format(v, '+010')))
    print('[%s] [%s] [%s] [%s]' % (format(v, ','), format(v, '_'), format(v, '_x'), format(v, '015,')))
print(format(65, 'c'), format(0x4E2D, 'c'), format(255, '#010x'), format(-255, '#010b'))
print(format(123456789, '_b'), format(0xFFFF, '_X'), format(True, 'd'), format(False, ''))
print(format(12, '%'), format(12, '.1e'), format(12, 'f'), format(12, 'g'))
try:
    format(12, 's')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1, '.2d')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)

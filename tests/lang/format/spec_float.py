# Format specs for floats: e E f F g G n % and precision.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e16, 123456789012345678.0,
        0.5, 1.5, 2.5, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(repr(v), format(v, 'e'), format(v, '.2E'), format(v, 'f'), format(v, '.1F'),
          format(v, 'g'), format(v, '.3G'), format(v, '%'), format(v, '.0%'), format(v, ''))
for v in (3.14159, -3.14159, 1234.5):
    print('[%s] [%s] [%s] [%s] [%s] [%s]' % (format(v, '12.3f'), format(v, '<12.2f'), format(v, '^+12.1f'),
          format(v, '012.3f'), format(v, ',.2f'), format(v, '_.1f')))
print(format(0.1, '.20f'), format(1 / 3, '.17g'), format(2 / 3, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'))
print(format(1e300, '.3g'), format(1e-300, 'g'), format(123.0, 'g'), format(1e5, 'g'), format(1e6, 'g'))
print(format(1.0, '#g'), format(1.0, '#.0f'), format(1.0, '#e'), format(100.0, '#.3g'))
print(format(12345.6789, 'n'), format(0.000012345, 'n'), format(1e20, 'n'))
print(format(2.675, '.2f'), format(1.005, '.2f'), format(-1e-10, '.3f'))
print(format(1e22, 'f'), format(1e-5, ''), format(1e16, ''), format(12.0, '.3'), format(1.5, '10'))

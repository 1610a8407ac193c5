# format() of complex numbers
z = 1.5 + 2.25j
for spec in ['', '.2f', '10.1f', '<20', '>20', '^20', 'e', '.3e', 'g', '.2g', 'G', '+', '+.1f', ' .1f', 'n', ',.2f', '_.1f', '*^30.2f']:
    print(repr(spec), repr(format(z, spec)))
print(f'{1j}', f'{-1j:.1f}', f'{3 + 0j:g}', f'{complex(1e20, 1e-20)}', f'{complex(1e20, 1e-20):g}')
print(format(complex(float('nan'), float('inf')), '.2f'), format(-0.0 - 0j, ''), format(0j, '.0f'))
for spec in ['d', '%', 'x', '010', '=10', 'c', 's']:
    try:
        format(z, spec)
        print('ok', spec)
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
print('%s %r' % (1j, 2 + 3j), str(1j), '{} {}'.format(1j, -2j))

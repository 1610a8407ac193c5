# Thousands grouping with , and _ across types and widths.
for v in (0, 1, 999, 1000, 12345, 123456, 1234567, -1234567, 10 ** 20):
    print(f'{v:,} {v:_} {v:20,} {v:020,} {v:_x} {v:_b}')
for v in (0.0, 1234.5, 1234567.891, -0.001, 1e16):
    print(f'{v:,} {v:,.2f} {v:_.3f} {v:20,.1f} {v:,.3e} {v:,g}')
try:
    f'{1:,_}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{1:_,}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{"s":,}'
except ValueError as e:
    print('ValueError:', e)

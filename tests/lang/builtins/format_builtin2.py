# format(): default spec, numeric specs, and argument errors.
print(format(5), format(2.5), format('s'), format(None), format([1, 'a']), format(True), format(2 ** 70))
print(format(255, 'x'), format(255, '#X'), format(-255, 'b'), format(10 ** 9, ','), format(10 ** 9, '_'))
print(format(3.14159, '.2f'), format(1e10, 'e'), format(0.5, '%'), format(2.5, '+g'), format(-0.0, 'f'))
print(format('abc', '>6'), format('abc', '*^7'), format('abc', '.2'), format(42, '08d'), format(42, '<5') + '|')
print(format(True, 'd'), format(False, '>5'), format(True, ''), format(7, ''), format(7.0, ''))
print((10).__format__('>4'), (2.5).__format__('.3f'), 'x'.__format__('^3'), (True).__format__(''))
for args in [(1.5, 'd'), ('a', 'd'), (1, 's'), (1, '.2d'), (1, 'xx'), ([], 'x'), (None, '>3'), (1, ',b')]:
    try:
        print(format(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for args in [(1, 2), (1, None), (1, b'd')]:
    try:
        format(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    format()
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, 'd', 3)
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, format_spec='d')
except TypeError as e:
    print('TypeError:', e)
try:
    (1).__format__(1)
except TypeError as e:
    print('TypeError:', e)

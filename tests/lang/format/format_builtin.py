# format() builtin and __format__ on builtins.
print(format(42), format(42, ''), format(42, '5'), format('x', '^3'))
print(format(3.5), format(3.5, '.3f'), format(True), format(None))
print(format(2 ** 100, ','), format(-2 ** 100, 'x'), format(10 ** 30, 'e'))
print((42).__format__('x'), 'abc'.__format__('>5'), (1.5).__format__('.2e'))
print(format(1234.5, ',.1f'), format(-1234.5, '_.2f'), format(1234, '_o'))
print(format(0.0001, '%'), format(1, '%'), format(0.123456, '.2%'))
try:
    format(1, 'zz')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1, 'x', 'extra')
except TypeError as e:
    print('TypeError:', e)
print(format(12, '+#010x'), format(-12, '#010o'), format(0, '#x'), format(0, '#b'))
print(format(5, '_^9'), format(5, '0^9'), format(-5, '0=9'), format(-5, '09'))

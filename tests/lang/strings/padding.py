# center, ljust, rjust, zfill.
for w in ('', 'a', 'ab', 'abc', 'abcdef'):
    print('[%s][%s][%s][%s]' % (w.center(5), w.ljust(5), w.rjust(5), w.center(6, '*')))
print('x'.center(4, '-'), 'xy'.center(5, '-'), 'xyz'.center(4, '-'))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(6), '12345'.zfill(3), ''.zfill(2))
print('--3'.zfill(5), '3.14'.zfill(8), '-'.zfill(3))
print('a'.ljust(3, 'é') + '|', 'a'.rjust(3, '中') + '|')
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
print(repr('abc'.ljust(-1)), repr('abc'.rjust(0)))

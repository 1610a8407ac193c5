# split, rsplit, splitlines, join.
print('a b  c'.split(), '  lead and trail  '.split())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), 'a b c'.split(maxsplit=1))
print(''.split(), ''.split(','), ','.split(','), 'abc'.split('abc'))
print('x--y--z'.split('--'), 'x--y--z'.rsplit('--', 1), 'aaa'.split('a'))
print(' \t\n x \x0b y \x0c'.split())
print('one\ntwo\r\nthree\rfour'.splitlines())
print('one\ntwo\n'.splitlines(True), ''.splitlines(), '\n'.splitlines())
print('a\x1cb\u2028c'.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '|'.join(['solo']))
print(' '.join(str(n) for n in range(5)))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
print('a b'.split(' ', -1), 'a b c'.split(' ', 0))
print('  x  '.rsplit(), 'k=v=w'.partition('='), 'k=v=w'.rpartition('='))
print('nosep'.partition('='), 'nosep'.rpartition('='))

# print: sep, end, file, flush, multiple args.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=' -> ', end=' <END>\n')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, sep='|')
print('no newline', end='')
print(' continued')
print('to stderr', file=sys.stderr)
print('after stderr')
print('x', file=sys.stdout)
print('flushed', flush=True)
print(*range(5))
print(*'abc', sep=',')
print('', end='')
print('sep None', sep=None, end=None)
print('tab', 'sep', sep='\t')
print('multi\nline')
print(end='only end\n')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', bogus=1)
except TypeError as e:
    print('TypeError:', e)
print('é中😀', 'unicode ok')
r = print('returns')
print(r)

# print(): sep/end/file/flush keywords, None defaults, and errors.
import sys
print('a', 'b', sep='-', end='!\n')
print('a', 'b', sep=None, end=None)
print('x', 'y', 'z', sep='')
print('no end', end='')
print()
print(1, 2.5, None, [1], sep=', ')
print(*[1, 2, 3], sep='\n')
print('to stdout', file=sys.stdout)
print('to stdout via None', file=None)
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('flush false', flush=False)
print('flush 0', flush=0)
print(sep='-')
print(end='only end\n')
print('', '', sep='|')
print('é', '😀', 'naïve', sep='·')
r = print('return value')
print(r)
n = sys.stdout.write('written directly\n')
print(n)
for kwargs in [{'sep': 5}, {'end': 1}, {'sep': b'-'}, {'end': ['x']}, {'bogus': 1}, {'file': 1}]:
    try:
        print('x', **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
try:
    print(sep='a', end='b', file=None, flush=False, extra=1)
except TypeError as e:
    print('TypeError:', e)
print('done', end='\n\n')
print('after blank line')

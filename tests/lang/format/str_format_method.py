# str.format: positional, keyword, indexed, conversions.
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'))
print('{x} {y} {x}'.format(x=1, y=2))
print('{0[1]} {0[0]} {1[key]}'.format(['zero', 'one'], {'key': 'val'}))
print('{0[1][0]}'.format([[1], [2, 3]]))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{0!r:>10}|{1:*^9}|'.format('hi', 'mid'))
print('{{}} {{{}}}'.format('inside'))
print('{:d} {:5d} {:<5d}| {:^5d}| {:05d}'.format(1, 2, 3, 4, -5))
print('{:{}} {:{}.{}f}'.format('w', 5, 3.14159, 8, 2))
print('{0:{1}}|'.format('nested', 10))
args = ['x', 'y']
kwargs = {'z': 'Z'}
print('{} {} {z}'.format(*args, **kwargs))
print('{0}{1}{0}'.format(*'ab'), '{a}{b}'.format_map({'a': 1, 'b': 2}))
for fmt, a in [('{} {}', (1,)), ('{0} {}', (1, 2)), ('{x}', ()), ('{:d}', ('s',)), ('{', ()), ('}', ())]:
    try:
        print(fmt.format(*a))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('{:}'.format(5), '{0:}'.format('e'), ''.format(1, 2))
print('{0.real} {0.imag}'.format(5))

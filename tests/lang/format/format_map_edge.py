# format_map: any mapping, missing keys, positional fields.
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), '{x[0]}{x[1]}'.format_map({'x': 'hi'}), '{k.real}'.format_map({'k': 4}))
print('{a!r:>6}|{b:^5}|'.format_map({'a': 'q', 'b': 'm'}), 'no fields'.format_map({}), 'plain'.format_map(None))
print('{a:{w}}|'.format_map({'a': 'x', 'w': 4}), '{{a}}'.format_map({}), '{1x}'.format_map({'1x': 'odd'}))
print('{0x}'.format_map({'0x': 'hexish'}), '{ }'.format_map({' ': 'space'}), '{é}'.format_map({'é': 'accent'}))
for fmt, mapping in [('{a}', {}), ('{0}', {'0': 1}), ('{}', {}), ('{a}', [1]), ('{a}', 1), ('{a}', None),
                     ('{a.b}', {}), ('{a[0]}', {'a': []}), ('{a', {'a': 1}), ('{a!z}', {'a': 1}), ('{a:{}}', {'a': 1})]:
    try:
        print(repr(fmt.format_map(mapping)))
    except (KeyError, ValueError, TypeError, IndexError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
for args in [(), ({}, {})]:
    try:
        'x'.format_map(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'x'.format_map(mapping={})
except TypeError as e:
    print(type(e).__name__, e)
# format with keyword arguments that are never used is fine.
print('{0}'.format(1, 2, 3, unused=4), '{x}'.format(x=1, y=2))

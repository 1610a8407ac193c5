# %-formatting with a mapping: keys, mixing, and what counts as a mapping.
d = {'name': 'Ann', 'n': 3, 'x': 2.5, '': 'empty', 'a(b)': 'paren', ' ': 'sp'}
print('%(name)s has %(n)d items costing %(x).2f' % d)
print('%(name)r %(name)a %(n)05d %(n)x %(x)e %()s %(a(b))s [%( )s]' % d)
print('%(name)-6s|%(name)6s|%(n)+d|%(n)#o' % d, '%(name)s %(name)s' % d, '%% %(n)s %%' % d)
print('%(n)s' % {'n': [1, 2]}, '%(n)s' % {'n': (1, 2)}, '%(n)s' % {'n': None})
print('%s' % d == str(d), '%s %(n)s' % {'n': 1}, 'no specs' % {'a': 1}, 'no specs' % [], 'x' % {})
print('%(0)s' % {'0': 'zero'}, '%(é)s' % {'é': 'accent'}, '%(中)s' % {'中': 'wide'})
for fmt, arg in [('%(a)s', {}), ('%(a)s', 1), ('%(a)s', (1,)), ('%(a)s', 'str'), ('%(a', {}), ('%(a', 1),
                 ('%(a)s %s', {'a': 1}), ('%(a)y', {'a': 1}), ('%(a)d', {'a': 'x'}), ('%(a)s', [1]), ('%(a)*d', {'a': 1}),
                 ('%(a)s', {'a': 1, 'b': 2}), ('%(a)(b)s', {'a': 1})]:
    try:
        print(repr(fmt), repr(fmt % arg))
    except (KeyError, TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)

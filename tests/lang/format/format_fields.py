# str.format: auto and manual numbering, keywords, attribute and index lookups.
print('{}|{}|{}'.format('a', 2, 3.5), '{0}{1}{0}'.format('x', 'y'), '{1}{0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30), '{0} {x} {1}'.format(1, 2, x='k'), '{} {x}'.format(1, x=2))
print('{00}{01}'.format('a', 'b'), '{0}'.format(*['only']), '{a}{b}'.format(**{'a': 1, 'b': 2}))
data = {'key': 'v', 'n': [10, 20, 30], 3: 'int-key', '3x': 'str-key'}
print('{0[key]} {0[n]} {0[n][1]} {0[3]} {0[3x]}'.format(data))
print('{d[key]} {d[n][2]}'.format(d=data), '{[0]}{[1]}'.format('ab', 'cd'), '{0[0][0]}'.format([['deep']]))
print('{0.real} {0.imag} {1.real}'.format(3, 2.5), '{x.real:>5}|'.format(x=7), '{0.__class__}'.format('s'))
print('{0[1]}'.format('abc'), '{0[-1]}'.format({'-1': 'neg'}), '{0[ key ]}'.format({' key ': 'spaced'}))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>8}|'.format('x'), '{0!s:^7}|'.format(12), '{!a}'.format('中😀'))
print('{:>6}|{:<6}|{:^6}|{:*^7}|'.format('ab', 'cd', 'ef', 'gh'), '{:.2}|{:6.3}|'.format('abcdef', 'xyzw'))
print('{:d} {:x} {:#b} {:,} {:_o} {:+.2f} {:e} {:%} {:c}'.format(42, 255, 5, 1234567, 8 ** 6, 3.14159, 1e-3, 0.25, 65))
print('{{}} {{{0}}} {{{{x}}}} }}{{'.format('in'), repr('{{'.format()), repr('}}'.format()))
print(repr(''.format()), repr('plain'.format(1, 2, k=3)), repr('{}'.format('')), repr('{0}{0}'.format('é')))
# Nested replacement fields inside the spec.
print('{:{}}|'.format('x', 5), '{:{}{}}|'.format('x', '>', 4), '{0:{1}.{2}f}'.format(3.14159, 8, 2))
print('{:{fill}{align}{width}}'.format('mid', fill='-', align='^', width=9), '{:>{w}.{p}}|'.format('abcdef', w=6, p=3))
print('{0:{1}}'.format(12, '05'), '{:{}}'.format(3, ''), '{:*^{}}'.format('z', 5), '{!r:{}}|'.format('q', 6))
print('{0[0]:>{1}}|'.format(['ab'], 4), '{a.real:{b}}|'.format(a=5, b=3))
# Unicode digits are field numbers too.
print('{٠}{١}'.format('zero', 'one'))
# Formatting calls __format__ of each kind of value.
print('{} {} {} {} {} {}'.format(None, True, [1, 'a'], (2,), {'k': 1}, b'by'), '{:5}|'.format(True), '{:>6}'.format(None.__class__.__name__))
print(str.format('{}+{}', 1, 2), len('{}'.format('x' * 50)))

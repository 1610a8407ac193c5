# replace: counts, empty patterns, growth and shrinkage.
s = 'one two one two one'
for args in [('one', '1'), ('one', '1', 1), ('one', '1', 0), ('one', '1', -1), ('one', '1', 2), ('one', '1', 100),
             ('o', ''), ('', '-'), ('', '-', 3), ('', '-', 0), ('two', 'three'), ('x', 'y'), (s, 'all'),
             ('one two', ''), (' ', '  ')]:
    print(args, repr(s.replace(*args)))
print(repr(''.replace('', 'x')), repr(''.replace('', 'x', 0)), repr(''.replace('a', 'b')), repr('a'.replace('', '')))
print(repr('aaaa'.replace('aa', 'b')), repr('aaa'.replace('aa', 'b')), repr('abab'.replace('ab', 'abab')))
print(repr('héllo wörld'.replace('ö', 'o')), repr('中文中文'.replace('中', '😀', 1)), repr('😀😀'.replace('', '|')))
print(repr('abc'.replace('b', 'ü')), repr('ü'.replace('ü', 'u')), len('é' * 3 + 'x'.replace('x', 'éé')))
print(repr('abc'.replace('b', 'x', True)), repr('aaa'.replace('a', 'b', False)))
for args in [(), ('a',), (1, 'b'), ('a', 1), ('a', 'b', 'c'), ('a', 'b', 1.0), ('a', 'b', 1, 2), (None, 'x')]:
    try:
        print(repr('abc'.replace(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'abc'.replace('a', 'b', count=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.replace('a', 'b', 2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)

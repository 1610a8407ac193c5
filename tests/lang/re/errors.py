import re

bad = [
    '(a', 'a)', '[a', 'a**', '*a', 'a{2}{3}', '+', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
    '(?P=nope)', r'\q', r'\1', '(a)\\2', 'x{3,2}', '[z-a]', '(?<=a+)b', '(?z)',
    'a(?i)b', '(?P<a', r'(?P=a', '(?#unterminated', r'\x4', r'[\d-z]', '(?', '|*',
    r'(a\1)', '(?P<name>a)(?P=name', 'abc\n(de', r'\u12', '(?i-i:a)', r'\N{x}',
    '^*', '(?(2)a|b)', '(?P>x)', '[]', r'\400', 'a{1,2}{3}', '(?x)a(?x)',
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e)
        print('   msg=%r pos=%r lineno=%r colno=%r' % (e.msg, e.pos, e.lineno, e.colno))
        print('   pattern ok:', e.pattern == p, type(e).__name__, isinstance(e, Exception))

try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('sub:', e)
try:
    re.sub('a', r'\g<x>', 'a')
except IndexError as e:
    print('sub IndexError:', e)
for t in (r'\g', r'\g<', r'\g<>', r'\g<1x>', r'\q', '\\'):
    try:
        re.sub('a', t, 'a')
    except re.error as e:
        print(repr(t), '->', e)
try:
    re.compile(b'(')
except re.error as e:
    print(e, e.pattern)
print(re.error.__name__, re.error.__module__, re.error.__mro__[1].__name__)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)

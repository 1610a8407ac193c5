# ascii() escapes non-ASCII characters.
for s in ['plain', 'é', 'naïve café', '中文', '😀', '\x00', '\n', "'", '\u200b', 'ÿ', '\u0100']:
    print(ascii(s))
print(ascii(['é', 1, ('ü',)]), ascii({'ß': 'ẞ'}))
print(ascii(1), ascii(1.5), ascii(None), ascii(b'\xff'))
print(f'{"é"!a}', '%a' % 'é', '{!a}'.format('中'))
print(ascii('\t\r'), ascii('\x7f'), ascii('\xa0'), ascii('\U0001f600'))
print(len(ascii('é')), ascii('abc') == repr('abc'), ascii(('é', 'x')))
for s in ('plain', 'mixé', '\u20ac'):
    print(ascii(s) == repr(s), ascii(s.encode('utf-8')))

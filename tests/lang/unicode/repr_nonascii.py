# repr keeps printable non-ASCII, escapes non-printable code points.
for s in ['é', '中文', '😀', '\u0301', '\u200b', '\u200e', '\u2028', '\u00ad', '\x85', '\ue000',
          '\U000e0001', '\ufffd', '\ufeff', 'ｆｕｌｌ', 'Ａ', '\u0378', 'ℌ', '\U0001f1fa\U0001f1f8']:
    print(repr(s), ascii(s), s.isprintable(), len(s))
print(['é', '\u200b'], ('中',), {'ключ': 'значение'})
print(repr('é'.encode()), repr('中'.encode()))
print(str('中'), format('中', ''), '%r' % '中', f'{"中"!r}')
for c in 'aé中😀':
    print(repr(c), ascii(c), c.isprintable())

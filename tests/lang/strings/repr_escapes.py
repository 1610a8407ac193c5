# repr of strings: quote choice, escapes, non-ASCII, control characters.
tests = ['plain', "it's", 'say "hi"', 'both \' and "', '\n\t\r', '\\', '\x00\x07\x1b',
         '\x7f', '\x80\x9f', '\xa0', 'é', 'ñ', '中文', '😀', '\u200b', '\ufeff',
         '\u2028', '\ud7ff', "'", '"', '\'"\'', '', ' ', '\x0b\x0c']
for t in tests:
    print(repr(t), len(t))
print(str('it\'s'), repr(repr('x')), repr(str(1)))
print([ 'a', "b'", 'c"' ], ('\n',), {'k\t': 'v\\'})
print(repr('a\\nb'), repr("\\'"), repr('\'' + '"'))
print(repr('\u0085'), repr('\u00ff'), repr('\u0100'), repr('\U0001F600'))

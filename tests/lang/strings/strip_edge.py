# strip/lstrip/rstrip with and without characters.
samples = ['', '   ', '  a b  ', '\t\n a \r\x0b\x0c', '\x1c\x1dx\x1e\x1f', '\u3000\xa0x\u2003\u2028',
           'xxhixx', 'abcba', '..a..b..', 'ééaéé', '中a中']
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print('   ', repr(s.strip('x.é中')), repr(s.lstrip('ab')), repr(s.rstrip('ab.')))
print(repr('aaa'.strip('a')), repr('abc'.strip('')), repr('abc'.strip(None)), repr('  x '.rstrip(None)))
print(repr('www.example.com'.strip('cmowz.')), repr('#.. Section 3.2.1 ..#'.strip('.#! ')))
print(repr('\u200bx\u200b'.strip()), repr('\x85x\x85'.strip()), repr('\u180ex'.strip()))
for name in ['strip', 'lstrip', 'rstrip']:
    for args in [(1,), ('a', 'b'), ([],)]:
        try:
            getattr('abc', name)(*args)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        getattr('abc', name)(chars='a')
    except TypeError as e:
        print(type(e).__name__, e)

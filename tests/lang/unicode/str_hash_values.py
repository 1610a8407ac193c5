# hash(str) is CPython's SipHash-1-3 (the runner sets PYTHONHASHSEED=0).
for s in ['', 'a', 'b', 'ab', 'abc', 'hello', 'hello world', 'abcdefgh', 'abcdefghi', 'x' * 64, 'é', 'ÿ', 'éa',
          'ā', '中', '中文', 'Ā', '\uffff', '😀', 'a😀', '😀' * 3, '\x00', '\x00\x00', 'The quick brown fox']:
    print(repr(s), hash(s))
print(hash('abc') == hash(''.join(['a', 'b', 'c'])), hash('é') == hash('\u00e9'), hash('中') == hash('\u4e2d'))
print(hash('a' * 1000) == hash('a' * 999 + 'a'), hash('😀x') == hash('\U0001f600' + 'x'))
# Strings that are equal hash equal however they were built.
parts = ['', 'a', 'é', '中', '😀']
for x in parts:
    for y in parts:
        s = x + y
        t = ''.join([x, y])
        u = '%s%s' % (x, y)
        v = '{}{}'.format(x, y)
        w = (x + y + 'tail')[:len(x + y)]
        print(repr(s), hash(s) == hash(t) == hash(u) == hash(v) == hash(w), hash(s) == hash(s[::-1][::-1]))
# Dict and set lookups use the hash.
d = {'é': 1, 'e\u0301': 2, '中': 3, 'a' * 50: 4}
print(d['\xe9'], d['e' + '\u0301'], d['中文'[0]], d['a' * 50], len(d), 'é' in d, 'e' in d)
print(len({'é', '\u00e9', 'e\u0301'}), len({'a', 'a' + '', 'A'.lower()}))

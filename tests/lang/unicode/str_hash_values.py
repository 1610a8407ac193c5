# hash(str) is CPython's SipHash-1-3 (the runner sets PYTHONHASHSEED=0).
for s in ['', 'a', 'b', 'ab', 'abc', 'hello', 'hello world', 'abcdefgh', 'abcdefghi', 'x' * 64, 'é', 'ÿ', 'éa',
          'ā', '中', '中文', 'Ā', '\uffff', '😀', 'a😀', '😀' * 3, '\x00', '\x00\x00', 'The quick brown fox']:
    print(repr(s), hash(s))
print(hash('abc') == hash(''.join(['a', 'b', 'c'])), hash('é') == hash('\u00e9'), hash('中') == hash('\u4e2d'))
print(hash('a' * 1000) == hash('a' * 999 + 'a'), hash('😀x') == hash('\U0001f600' + 'x'))

# strip, lstrip, rstrip with and without chars; removeprefix/suffix.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print(repr('   '.strip()), repr(''.strip()), 'hi'.strip(''), 'hi'.strip(None))
print('www.example.com'.strip('cmowz.'))
print('0001000'.lstrip('0'), '0001000'.rstrip('0'))
print('prefix_body'.removeprefix('prefix_'), 'body_suffix'.removesuffix('_suffix'))
print('abc'.removeprefix('x'), 'abc'.removesuffix(''))
print(repr('\u3000wide space\u3000'.strip()))
print(repr('\xa0nbsp\xa0'.strip()))

# partition/rpartition and removeprefix/removesuffix.
for s in ['', 'a', 'a=b', 'a=b=c', '=a', 'a=', '==', 'héllo=wörld', '中=文=字']:
    print(repr(s), s.partition('='), s.rpartition('='), s.partition('=='), s.rpartition('b=c'))
print('abcabc'.partition('bc'), 'abcabc'.rpartition('bc'), 'abc'.partition('abc'), 'abc'.rpartition('abcd'))
for name in ['partition', 'rpartition']:
    for args in [('',), (1,), (None,), (), ('a', 'b')]:
        try:
            print(getattr('a=b', name)(*args))
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
for s in ['', 'test', 'testing', 'tested', 'intestine', 'té', 'tt']:
    print(repr(s), repr(s.removeprefix('te')), repr(s.removesuffix('ing')), repr(s.removeprefix('')),
          repr(s.removesuffix(s)), repr(s.removeprefix(s + 'x')))
print(repr('中文字'.removeprefix('中')), repr('中文字'.removesuffix('字')), repr('😀x😀'.removesuffix('😀')))
for name in ['removeprefix', 'removesuffix']:
    for args in [(), (1,), (None,), ('a', 'b')]:
        try:
            print(getattr('abc', name)(*args))
        except TypeError as e:
            print(name, type(e).__name__, e)

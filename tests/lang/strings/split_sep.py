# split()/rsplit() with an explicit separator.
samples = ['', ',', ',,', 'a', 'a,b', ',a,', 'a,,b', 'a,b,c,d', 'a, b, c']
for s in samples:
    print(repr(s), s.split(','), s.rsplit(','), s.split(',', 1), s.rsplit(',', 1), s.split(',', 0), s.rsplit(',', -5))
print('a--b---c'.split('--'), 'a--b---c'.rsplit('--'), 'aaaa'.split('aa'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
print('x<>y<>z'.split(sep='<>'), 'x<>y<>z'.rsplit(sep='<>', maxsplit=1), 'x<>y'.split('<>', maxsplit=5))
print('héllo wörld'.split('ö'), '中,文,字'.split(',', 1), '😀a😀b😀'.split('😀'), 'a😀b'.rsplit('😀'))
print('a b'.split(' '), ' a  b '.split(' '), 'a\tb'.split(' '), 'abc'.split('abc'), 'abc'.split('abcd'))
for args, kw in [((1,), {}), (('',), {}), ((',', 'x'), {}), ((',', 1, 2), {}), ((), {'x': 1}),
                 ((',',), {'sep': ','}), ((), {'maxsplit': 1.0}), ((), {'sep': 5}), ((b',',), {})]:
    for name in ['split', 'rsplit']:
        try:
            print(getattr('a,b', name)(*args, **kw))
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
try:
    'a'.split(',', 2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)

# split()/rsplit() with sep=None: runs of whitespace, maxsplit, Unicode spaces.
samples = ['', ' ', '   ', 'a', ' a ', 'a b', '  a  b  c  ', '\ta\nb\x0bc\x0cd\re', 'a\x1cb\x1dc\x1ed\x1fe',
           'a\u3000b\xa0c\u2003d', 'a\u200bb', 'a\x85b\u2028c', 'x  y', '中 文  字']
for s in samples:
    print(repr(s), s.split(), s.rsplit())
    print('   ', s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
    print('   ', s.split(None, 2), s.rsplit(None, 2), s.split(None, -1), s.split(sep=None, maxsplit=1))
# The unsplit remainder keeps its inner and trailing (or leading) whitespace.
print('  a  b  c  '.split(None, 1), '  a  b  c  '.rsplit(None, 1))
print('a b c '.split(maxsplit=2), ' a b c'.rsplit(maxsplit=2))
print('a b'.split(maxsplit=True), 'a b'.split(None, 2 ** 62))

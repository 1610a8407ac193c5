import re

for s in ('a.b', 'x*y+z?', '(1+2)*[3]', '{x}', 'a b\tc\nd', 'hé😀', '^$|\\', '-#&~', '_under_score', ''):
    e = re.escape(s)
    print(repr(s), repr(e), re.fullmatch(e, s) is not None)
print(re.escape(b'a.b*c\x00\xff'))
words = ['c++', 'a.b', '(x)']
pat = re.compile('|'.join(map(re.escape, words)))
print(pat.findall('use c++ and a.b not axb (x)'))

import re, copy

p = re.compile(r'(?P<x>a+)b', re.I)
print(p, repr(p), p.pattern, p.flags, p.groups, dict(p.groupindex))
print(type(p), type(p).__name__, type(p.match('ab')).__name__)
print(p == re.compile(r'(?P<x>a+)b', re.I), p != re.compile(r'(?P<x>a+)b'), p == 'x')
print(hash(p) == hash(re.compile(r'(?P<x>a+)b', re.I)))
print(re.compile(p) is p, copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.compile('a' * 300))
print(re.compile(r'\d'), re.compile('\n'), re.compile(b'x\x00'), re.compile("'"))
print(re.compile('x', re.X | re.I | re.M | re.S | re.A))
print(re.compile('x', re.NOFLAG).flags, re.compile('x', 0) == re.compile('x'))
print(isinstance(p, re.Pattern), isinstance(p.match('ab'), re.Match))
try:
    p.groupindex['y'] = 2
except TypeError as e:
    print('TypeError', e)
m = p.match('AAb')
print(m.re is p, m.regs, copy.copy(m) is m)
re.purge()
print(re.compile('q+').pattern, re.match('q+', 'qq'))
print(re.Pattern[str], re.Match[bytes])

import re

p1 = re.compile(r'ab+c')
p2 = re.compile(r'ab+c')
print(p1 is p2, p1 == p2)
p3 = re.compile(r'ab+c', re.I)
print(p1 is p3, p1 == p3)
re.purge()
p4 = re.compile(r'ab+c')
print(p4 == p1, p4.search('xabbc').span())
# many distinct patterns go through the cache
pats = [re.compile('x{%d}' % i) for i in range(600)]
print(sum(1 for i, p in enumerate(pats) if p.fullmatch('x' * i)))
print(re.compile(b'ab+c') == re.compile('ab+c'), re.compile(b'ab+c').search(b'abbc').span())
# a compiled pattern passes through the module functions
print(re.search(p1, 'zabcz').span(), re.findall(p1, 'abc abbc'), re.sub(p1, '-', 'xabcx'))

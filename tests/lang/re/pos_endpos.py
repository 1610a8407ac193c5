import re

p = re.compile(r'\w+')
s = 'one two three'
print(p.search(s, 4), p.search(s, 4, 6), p.match(s, 4), p.match(s, 3))
print(p.fullmatch(s, 4, 7), p.fullmatch(s, 4, 8))
m = p.search(s, 2, 100)
print(m.pos, m.endpos, m.span())
m = p.search(s, -10, -20)
print(m)
m = p.search(s, -10)
print(m.pos, m.endpos, m)
print(re.compile(r'^o').search(s, 4), re.compile(r'^t').search(s, 4), re.compile(r'(?m)^t').search(s, 4))
print(re.compile(r'e$').search(s, 0, 3), re.compile(r'\bt').search(s, 5))
print(re.compile(r'(?<=o)t').search(s, 4))
print(p.findall(s, 2, 9), [m.group() for m in p.finditer(s, 1, 12)])
print(re.compile('').search('abc', 2), re.compile('').search('abc', 5), re.compile('x').search('abc', 5))
print(re.compile('a').match('ba', 1), re.compile('a').match('ba', 0))
print(p.search(s, True))

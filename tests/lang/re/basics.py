import re

# match / search / fullmatch
print(re.match(r'\d+', '123abc'))
print(re.match(r'\d+', 'abc123'))
print(re.search(r'\d+', 'abc123def'))
print(re.fullmatch(r'\d+', '123'))
print(re.fullmatch(r'\d+', '123a'))
print(re.fullmatch(r'a|ab', 'ab'))
print(re.match(r'a*', 'bbb'))
print(re.search(r'x', ''))
print(re.search(r'', ''))
print(bool(re.match('a', 'a')))

m = re.search(r'(\w+)@(\w+)\.com', 'mail: joe@example.com today')
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.start(), m.end(), m.span(1), m.start(2), m.end(2))
print(m[0], m[1], m[2])
print(m.string, m.pos, m.endpos, m.re)
print(m.lastindex, m.lastgroup)
print(repr(m))

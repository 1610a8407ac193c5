import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\d)(\w)', 'a1b 2c 3d'))
print(re.findall(r'(\d)\w', 'a1b 2c 3d'))
print(re.findall(r'(a)|(b)', 'ab'))
print(re.findall(r'', 'abc'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\s*', 'a b'))
print(re.findall(r'[aeiou]', 'programming language'))
for m in re.finditer(r'\w+', 'hi there  you'):
    print(m.group(), m.span())
it = re.finditer(r'(\d)', 'a1b2')
print(next(it).group(1), [m.start() for m in it])
p = re.compile(r'\d')
print(p.findall('12345', 1, 3), [m.span() for m in p.finditer('12345', 2)])
print(p.findall('12345', 3, 1), p.findall('123', -5, 100))
print(len(re.findall(r'.', 'x' * 1000)))

import re

s = 'ünïcödé wörds ∂x/∂y 日本語 text'
for m in re.finditer(r'\w+', s):
    print(m.group(), m.span(), s[m.start():m.end()] == m.group())
m = re.search(r'日本', s)
print(m.span(), m.start(), m.end())
p = re.compile(r'\S+')
print(p.search(s, 8).span(), p.match(s, 14), p.findall(s, 3, 12))
print(p.search(s, 8, 10), p.fullmatch(s, 0, 7))
print(re.sub(r'ö', 'oe', s))
print(re.split(r'\s', s))
print(re.findall(r'[à-ÿ]', s))
print(re.search(r'(?i)ÜNÏ', s).span())
emoji = 'a😀b😀😀c'
print([m.span() for m in re.finditer('😀+', emoji)], re.sub('😀', '', emoji))
print(re.findall(r'.', 'é😀'), len(re.match(r'.*', emoji).group()))
print(re.search(r'c', emoji).span(), re.search(r'(?<=😀)c', emoji))
print(re.match(r'(é)(😀)?', 'é').span(2), re.match(r'(é)(😀)', 'é😀').regs)
print(re.findall(r'\d', '1٣۴8'), re.findall(r'\s', 'a\u3000b\x1cc'))

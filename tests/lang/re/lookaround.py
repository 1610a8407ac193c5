import re

print(re.findall(r'\w+(?=!)', 'hi! there wow!'))
print(re.findall(r'\b\w+\b(?!\()', 'f(x) + g + h(y)'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45, not 50'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or $45, not 50'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}', 'Passw0rdX'))
print(re.match(r'(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}', 'password'))
# atomic groups and possessive quantifiers (3.11)
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'))
print(re.match(r'a++b', 'aab'), re.match(r'a*+a', 'aaa'), re.match(r'x?+x', 'x'))
# conditional groups
p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ('<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>'):
    print(s, bool(p.match(s)))
print(re.match(r'(?P<q>")?x(?(q)")', '"x"').group())
# backreferences
print(re.findall(r'(\w)\1', 'aabbcd'), re.search(r'(?i)(a)\1', 'AA'))
print(re.sub(r'(\w+) \1', r'\1', 'hello hello world world'))

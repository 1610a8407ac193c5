import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)')
m = p.search('date: 2024-03-15.')
print(m.group('year'), m['month'], m.group('day', 'year'))
print(m.groupdict())
print(m.span('month'), m.start('day'), m.end('year'))
print(m.lastgroup, m.lastindex)
print(p.groupindex['day'], sorted(p.groupindex.items()), len(p.groupindex))
print(p.groups)
m = re.match(r'(?P<a>x)?(?P<b>y)', 'y')
print(m.groupdict(), m.groupdict('none'))
# backreference by name and number
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now').group())
print(re.findall(r'\b(\w+) \1\b', 'the the cat sat sat down'))
print(re.sub(r'(?P<w>\w+)=(?P<v>\d+)', r'\g<v>=\g<w>', 'a=1 b=22'))
print(re.sub(r'(\w+)=(\d+)', r'\g<2>:\g<1>:\g<0>', 'a=1'))
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)

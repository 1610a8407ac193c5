import re

def upper(m):
    return m.group(0).upper()

print(re.sub(r'\b\w', upper, 'the quick brown fox'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'))
counter = [0]
def numbered(m):
    counter[0] += 1
    return '%s#%d' % (m.group(1), counter[0])
print(re.sub(r'(\w+)', numbered, 'x y z'))
print(re.subn(r'[aeiou]', lambda m: m.group().upper(), 'education'))

def check(m):
    print('  match', m.span(), repr(m.group()), m.pos, m.endpos, m.re.pattern)
    return ''
re.sub(r'o+', check, 'foo boo')

# a callable that returns a non-str
try:
    re.sub('a', lambda m: 1, 'abc')
except TypeError as e:
    print('TypeError', e)

# escapes in the replacement of a callable are not processed
print(re.sub('a', lambda m: r'\1', 'a'))
conv = {'cat': 'dog', 'dog': 'cat'}
print(re.sub(r'cat|dog', lambda m: conv[m.group()], 'cat chases dog'))

import re

print(re.findall(rb'\d+', b'a12b345'))
m = re.match(rb'(?P<k>\w+)=(?P<v>\w+)', b'key=value;')
print(m, m.groups(), m.groupdict(), m.span('v'))
print(re.sub(rb'a', b'X', b'banana'), re.subn(rb'(a)', rb'<\1>', b'banana'))
print(re.split(rb'\s+', b'a b\tc'))
print(re.search(rb'\xe9', b'caf\xe9!'), re.search(rb'\xe9', b'caf\xe9!').span())
print(re.findall(rb'\w', b'a\xe9b'), re.findall(rb'.', b'\xff\x00'))
print(re.compile(rb'abc', re.I), re.compile(rb'x').pattern)
print(re.match(rb'[\x80-\xff]+', b'\x80\x90\xffz'))
print(re.findall(rb'(?i)ab', b'AB ab Ab'))
print(re.search(rb'b', bytearray(b'abc')))
print(re.escape(b'a.b\xff'))
for args in ((r'a', b'a'), (rb'a', 'a')):
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(b'x', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('x', re.L)
except ValueError as e:
    print('ValueError', e)
try:
    re.search('x', 12)
except TypeError as e:
    print('TypeError', e)

import re

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(2), m.end(2))
print(m.lastindex)
m = re.match(r'((a)b)', 'ab')
print(m.lastindex, m.groups(), m.regs)
m = re.match(r'(a)(b)', 'ab')
print(m.lastindex)
m = re.match(r'(?:(a)|(b))+', 'ab')
print(m.groups(), m.lastindex)
m = re.match(r'(a*)(b*)', '')
print(m.groups(), m.lastindex)
m = re.match(r'((a))', 'a')
print(m.lastindex)
m = re.match(r'(?:x)(y)?', 'x')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r'(a)|b', 'b')
print(m.lastindex, m.groups())
# nested and repeated groups keep the last iteration
m = re.match(r'(\w)+', 'abc')
print(m.group(1), m.span(1))
m = re.match(r'((\d)(\d))+', '1234')
print(m.groups())
for bad in (3, -1, 'x', 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.compile(r'(a)(b)(?:c)').groups)

# Strings are immutable; methods return new strings.
s = 'hello'
t = s.upper()
print(s, t, s is not t)
u = s.replace('x', 'y')
print(u == s)
try:
    s[0] = 'H'
except TypeError as e:
    print('TypeError:', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
try:
    s.append('!')
except AttributeError as e:
    print('AttributeError:', e)
chars = list(s)
chars[0] = 'J'
print(''.join(chars), s)
print(hash('abc') == hash('ab' + 'c'))
d = {'key': 1}
k = 'ke'
k += 'y'
print(d[k])

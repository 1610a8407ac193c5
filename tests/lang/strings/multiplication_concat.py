# Concatenation, repetition, in, len with various strings.
a = 'foo'
b = 'bar'
print(a + b, a + '' + b, '' + '', (a + b) * 2, a * 1, repr(a * 0))
s = ''
for i in range(5):
    s += str(i)
print(s, len(s))
parts = []
for w in ('x', 'yy', 'zzz'):
    parts.append(w * 2)
print('+'.join(parts))
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError:', e)
try:
    'a' - 'b'
except TypeError as e:
    print('TypeError:', e)
print('ab' in 'cabd', 'ba' in 'cabd', '' in '', 'a' not in 'bcd')
print(len(''), len('a'), len('héllo'), len('😀😀'), len('\n'))
print(str(123) + str(4.5) + str(None) + str(True) + str([1]))
print('%s' % 'percent', '{}{}'.format(a, b), f'{a}{b}')

# startswith / endswith with tuples and ranges.
s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.startswith('name', 4))
print(s.endswith('.gz'), s.endswith(('.zip', '.gz')), s.endswith(('.zip', '.rar')))
print(s.startswith(('x', 'y', 'fil')), s.startswith(()), s.endswith(''))
print(s.endswith('tar', 0, 12), s.startswith('tar', 9, 11), s.startswith('', 100))
print(''.startswith(''), ''.endswith('a'), 'a'.startswith('ab'))
try:
    s.startswith(['file'])
except TypeError as e:
    print('TypeError:', e)
print('abc'.startswith('b', -2), 'abc'.endswith('b', -3, -1))

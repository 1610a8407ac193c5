# find, rfind, index, rindex, count.
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('zzz'))
print(s.find('o', 5, 10), s.rfind('o', 0, 10), s.find(''), s.rfind(''), s.find('', 100))
print(s.index('world'), s.rindex('o'), s.index('o', -5))
for meth, arg in ((s.index, 'zzz'), (s.rindex, 'qq')):
    try:
        meth(arg)
    except ValueError as e:
        print('ValueError:', e)
print(s.count('l'), s.count('hello'), s.count(''), s.count('l', 0, 5), 'aaaa'.count('aa'))
print('abc'.find('c', -1), 'abc'.find('a', -1), 'abc'.find('b', 1, 2), 'abc'.find('b', 2, 1))
print(''.find(''), ''.count(''), 'ab'.count('', 1))
print('mississippi'.find('ss'), 'mississippi'.rfind('ss'), 'mississippi'.count('s'))
print('a' in s, 'hello python' in s, s.startswith('hello'), s.endswith('python'))

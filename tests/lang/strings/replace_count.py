# replace with and without count.
s = 'one two one two one'
print(s.replace('one', '1'))
print(s.replace('one', '1', 2))
print(s.replace('one', '1', 0))
print(s.replace('one', '1', -1))
print(s.replace('zzz', 'x'))
print('aaa'.replace('a', 'bb'), 'aaa'.replace('aa', 'b'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'X'))
print('hello'.replace('l', ''), 'x'.replace('x', 'xx').replace('x', 'yx'))
print('ab' * 3, 'ab' * 0, 'ab' * -1, 3 * 'z')
print('tab\tsep'.expandtabs(), 'a\tbc\tdef\t'.expandtabs(4), repr('\t'.expandtabs(0)))
print('12\t3\n\t4'.expandtabs(3))

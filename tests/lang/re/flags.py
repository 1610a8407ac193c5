import re

print(re.findall(r'abc', 'ABC abc AbC', re.I))
print(re.findall(r'(?i)abc', 'ABC abc AbC'))
print(re.findall(r'a(?i:b)c', 'aBc ABC abc'))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M))
print(re.findall(r'^\w+', 'one\ntwo\nthree'))
print(re.findall(r'\w+$', 'one\ntwo\nthree', re.MULTILINE))
print(re.findall(r'(?m)\w+$', 'one\ntwo\n'))
print(re.search(r'a.b', 'a\nb'), re.search(r'a.b', 'a\nb', re.S), re.search(r'(?s)a.b', 'a\nb'))
print(re.search(r'a.c', 'a\nc', re.DOTALL).span())
pat = re.compile(r'''
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
    [ ]x    # a literal space in a class
''', re.X)
print(pat.match('12  abc x').groups())
print(re.match(r'(?x) a b \ c', 'ab c'))
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A))
print(re.findall(r'(?a)\d', '1٣2'), re.findall(r'\d', '1٣2'))
print(re.compile('x', re.I | re.M).flags, re.compile('x').flags, re.compile(b'x').flags)
print(re.compile('(?i)x').flags, re.compile('(?s)x', re.A).flags)
print(re.I, re.M | re.S, repr(re.X), re.A, re.NOFLAG, int(re.I | re.M))
print(re.IGNORECASE == re.I == 2, re.MULTILINE == 8, re.DOTALL == 16, re.VERBOSE == 64, re.ASCII == 256)
print(re.compile('a', re.I | re.S), re.compile('a', re.U), re.compile(b'a', re.M))
print(re.match(r'\bfoo\b', 'foo bar'), re.search(r'\Bo\B', 'foo'))
print(re.search(r'\Aab', 'ab'), re.search(r'ab\Z', 'ab\n'), re.search(r'ab$', 'ab\n'))

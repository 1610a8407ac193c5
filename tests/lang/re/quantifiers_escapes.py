import re

tests = [
    (r'a{2}', 'aaaa'), (r'a{2,}', 'aaaa'), (r'a{,2}', 'aaaa'), (r'a{1,3}?', 'aaaa'),
    (r'a{,}', 'aaa'), (r'a{', 'a{'), (r'a{x}', 'a{x}'), (r'a{1', 'a{1'), (r'{}', '{}'),
    (r'x{2,3}y', 'xxxy'), (r'a*?b', 'aaab'), (r'a+?', 'aaa'), (r'a??b', 'ab'),
    (r'\x41\u00e9\U0001F600', 'Aé😀'), (r'\101\0\07', 'A\x00\x07'), (r'\t\n\r\f\v\a', '\t\n\r\f\v\a'),
    (r'[\b]', '\b'), (r'\.\*\+\?\(\)\[\]\{\}\|\^\$\\', '.*+?()[]{}|^$\\'),
    (r'\-\#\&\~\'\"\/\%\@\!\,\;\:\<\>\=', '-#&~\'"/%@!,;:<>='),
    (r'[--]', '-'), (r'[]a]+', ']a]'), (r'[^]a]+', 'xyz]'),
    (r'[\]\\]', '\\'), (r'[a-]+', 'a-a'), (r'[-a]+', '-a'), (r'[\w.-]+', 'a.b-c d'),
    (r'[^\W\d]+', 'ab12cd'), (r'[\s,]+', ' , ,x'), (r'[\S]+', 'ab cd'), (r'[\D]+', 'ab1'),
    (r'[\x41-\x43]+', 'ABCD'), (r'[\u00e0-\u00ff]+', 'éàx'), (r'[\101]', 'A'),
    (r'[.]', 'a.'), (r'[$^]+', '$^'), (r'[|]', 'a|b'), (r'\d{2}-\d{2}', '12-34'),
    (r'(ab)*c', 'ababc'), (r'(?:ab)+', 'ababab'), (r'(a|b)*?c', 'abac'),
    (r'a.c', 'a\u2028c'), (r'a\Sc', 'a\x1cc'), (r'\s+', '\x1c\x1d\x1e\x1f '),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), m and (m.group(), m.span()))
print(re.findall(r'\w{3}', 'abcdefgh'), re.findall(r'\d{2,3}?', '12345'))
print(re.match(r'(a){0}b', 'b').groups(), re.match(r'(?:)', 'x'))
print(re.fullmatch(r'a{3}', 'aaa'), re.fullmatch(r'a{1000}', 'a' * 1000) is not None)

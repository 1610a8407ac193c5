# Comparisons (code point order), membership and hashing.
pairs = [('a', 'b'), ('a', 'a'), ('', 'a'), ('ab', 'a'), ('B', 'a'), ('é', 'z'), ('中', 'é'), ('😀', '\uffff'),
         ('abc', 'abd'), ('a\x00', 'a'), ('Z', 'a'), ('10', '9')]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print('a' == 'a', 'a' == 1, 'a' != 1, '1' == 1, 'a' == b'a', 'a' != ['a'])
for other in [1, 1.0, None, [1], ('a',), b'a']:
    for call in [lambda: 'a' < other, lambda: 'a' >= other, lambda: other > 'a']:
        try:
            print(call())
        except TypeError as e:
            print(type(e).__name__, e)
s = 'hello wörld 中文 😀'
for sub in ['', 'h', 'hello', 'wö', 'ö', '中文', '😀', 'xyz', ' 中', s, s + '!']:
    print(repr(sub), sub in s, sub not in s)
print('' in '', 'a' in '', 'é' in 'e', 'e' in 'é')
for item in [1, None, ['a'], b'h']:
    try:
        print(item in s)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash('') == 0, hash('abc') == hash('ab' + 'c'), hash('é') == hash('\xe9'), hash('中文') == hash('中' + '文'))
print(hash('a'), hash('abc'), hash('é'), hash('中'), hash('😀'), hash('hello world'), hash('x' * 100))
print(len({'a', 'a', 'b'}), 'x'.__hash__() == hash('x'), 'x'.__hash__() == 'x'[:].__hash__())

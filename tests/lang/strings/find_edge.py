# find/rfind/index/rindex: windows, negative and None bounds, Unicode.
s = 'abcabcab'
subs = ['a', 'ab', 'b', 'cab', 'x', '', 'abcabcabc']
bounds = [(), (1,), (-3,), (2, 5), (-5, -1), (None, 4), (3, None), (None, None), (10,), (0, 100), (-100, 2), (5, 2)]
for sub in subs:
    print(repr(sub), [s.find(sub, *b) for b in bounds])
    print('   ', [s.rfind(sub, *b) for b in bounds])
u = 'héllo wörld héllo 中文 😀 end'
for sub in ['é', 'héllo', 'ö', '中文', '😀', ' ', 'end', 'zz', '']:
    print(repr(sub), u.find(sub), u.rfind(sub), u.find(sub, 3), u.rfind(sub, 0, 12), u.find(sub, -8))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind('', 3), 'abc'.rfind('', 4), ''.find(''), ''.rfind(''))
print('abc'.find('c', 2 ** 70), 'abc'.find('a', -2 ** 70), 'abc'.rfind('a', 0, True))
print(s.index('c'), s.rindex('c'), s.index('ab', 1), s.rindex('ab', 0, 7), u.index('中'), u.rindex('l'))
for call in [lambda: s.index('x'), lambda: s.rindex('x'), lambda: s.index('a', 7), lambda: s.rindex('c', 0, 2),
             lambda: s.find(), lambda: s.find(1), lambda: s.find('a', 'b'), lambda: s.find('a', 1, 2, 3),
             lambda: s.find(None), lambda: s.rfind('a', 1.5), lambda: s.find(sub='a'), lambda: s.index(),
             lambda: s.rindex('a', 1, 2, 3), lambda: str.find(5, 'a'), lambda: s.find(['a'])]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

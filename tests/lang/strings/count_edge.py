# count: non-overlapping matches in a window.
s = 'aaaaa'
print(s.count('a'), s.count('aa'), s.count('aaa'), s.count('aaaaaa'), s.count(''), ''.count(''), ''.count('a'))
print(s.count('a', 1), s.count('a', -2), s.count('a', 1, 3), s.count('aa', 1, 4), s.count('', 2), s.count('', 5),
      s.count('', 6), s.count('', 1, 3), s.count('', 3, 1), s.count('a', None, None), s.count('a', 2 ** 70))
t = 'the cat sat on the mat with the hat'
for sub in ['the', 'at', ' ', 't', 'xyz', 'the mat']:
    print(repr(sub), t.count(sub), t.count(sub, 10), t.count(sub, 0, 20), t.count(sub, -10))
u = 'ééé中中文😀😀😀'
print(u.count('é'), u.count('éé'), u.count('中'), u.count('😀'), u.count(''), u.count('', 3, 6), u.count('😀', -2))
for call in [lambda: s.count(), lambda: s.count(1), lambda: s.count('a', 'b'), lambda: s.count('a', 0, 1, 2),
             lambda: s.count(x='a'), lambda: s.count(None)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

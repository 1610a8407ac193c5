# splitlines: every line boundary CPython recognizes, keepends.
samples = ['', '\n', '\n\n', 'a', 'a\n', 'a\nb', 'a\r\nb', 'a\rb', 'a\r\rb', 'a\n\rb', 'a\r\n\r\nb',
           'a\x0bb\x0cc', 'a\x1cb\x1dc\x1ed', 'a\x85b', 'a\u2028b\u2029c', 'a\x1fb', 'x\r', 'x\r\n', '\r\n']
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print('one\ntwo'.splitlines(0), 'one\ntwo'.splitlines(1), 'one\ntwo'.splitlines(keepends=False))
print('中文\n字\r\n😀'.splitlines(), len('a\nb\nc'.splitlines()))
for args, kw in [(('a',), {}), ((1.5,), {}), ((1, 2), {}), ((), {'ends': True}), ((None,), {}), ((True,), {'keepends': True})]:
    try:
        print('a\nb'.splitlines(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'a'.splitlines(2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)

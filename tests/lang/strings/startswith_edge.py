# startswith/endswith with tuples and windows.
s = 'hello world'
for p in ['', 'h', 'hello', 'world', 'd', 'hello world', 'hello world!', 'o w']:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 6), s.endswith(p, 0, 5),
          s.startswith(p, -5), s.endswith(p, -100, -6), s.startswith(p, 4, 7))
print(s.startswith(('x', 'he')), s.startswith(()), s.endswith(('ld', 'x')), s.endswith(('a', 'b')))
print(s.startswith(('', 'x')), s.startswith('', 11), s.startswith('', 12), s.endswith('', 11), s.endswith('', 12))
print(s.startswith('o', 4, 4), s.startswith('', 4, 4), s.endswith('', 5, 4), s.startswith('', 5, 4))
print('héllo'.startswith('hé'), 'héllo'.endswith('lo', 3), '中文字'.startswith('文', 1), '😀x'.endswith('x', 1))
print(s.startswith('world', 6, None), s.endswith('hello', None, 5), s.startswith('h', -2 ** 70), s.endswith('d', 2 ** 70))
for name in ['startswith', 'endswith']:
    m = getattr(s, name)
    for args in [(), (1,), (('a', 1),), (['h'],), (None,), ('h', 'x'), ('h', 1, 2, 3)]:
        try:
            print(m(*args))
        except TypeError as e:
            print(type(e).__name__, e)
try:
    s.startswith(prefix='h')
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith('d', start=1)
except TypeError as e:
    print(type(e).__name__, e)

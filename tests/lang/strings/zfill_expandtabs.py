# expandtabs: columns, line breaks, tab sizes.
samples = ['a\tb', '\t', 'ab\tcd\tef', '12345678\tx', '1234567\tx', 'a\tb\nc\td', 'a\r\tb',
           'é\tx', '中文\tx', '\t\t', 'no tabs', '', 'x\t\ny\t']
for s in samples:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)),
          repr(s.expandtabs(-3)))
print(repr('a\tb'.expandtabs(tabsize=3)), repr('a\tb'.expandtabs(True)))
for args, kw in [((1, 2), {}), (('4',), {}), ((), {'size': 4}), ((4.0,), {}), ((4,), {'tabsize': 4})]:
    try:
        print('a\tb'.expandtabs(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'a\tb'.expandtabs(2 ** 40)
except OverflowError as e:
    print(type(e).__name__, e)
# zfill keeps the sign in front.
for s in ['', '0', '42', '-42', '+42', '--', '-a', 'abc', '3.14', '-0.5', '١٢']:
    print(repr(s), repr(s.zfill(0)), repr(s.zfill(3)), repr(s.zfill(6)))

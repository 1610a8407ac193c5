# ascii() and repr() of strings and containers with non-ASCII text.
for v in ['abc', 'é', 'naïve café', '€100', '😀', '\x00\x7f\x80', '\t\n', "'", '"', "it's \"q\"",
          ['ü', 'x'], ('ß',), {'ключ': 'значение'}, b'\xff', 1, 2.5, None, True, 'a\u2028b']:
    print(ascii(v), repr(v) == ascii(v))
print(ascii(''), ascii('\\'), ascii('\u0100'), ascii('\U0001F600'), ascii('\uffff'))
print(type(ascii(1)).__name__, ascii(ascii('é')), repr(repr('é')))
print(repr(1), repr(-2.5), repr(2 ** 70), repr(True), repr(None), repr(...), repr(NotImplemented))
for fn in (ascii, repr):
    try:
        fn()
    except TypeError as e:
        print('TypeError:', e)
    try:
        fn(1, 2)
    except TypeError as e:
        print('TypeError:', e)
    try:
        fn(obj=1)
    except TypeError as e:
        print('TypeError:', e)

# str(): no argument, one object, bytes with encoding/errors, keywords and errors.
print(repr(str()), repr(str('')), repr(str('abc')), repr(str(object='kw')), repr(str(object=5)))
print(repr(str(12)), repr(str(-0.5)), repr(str(None)), repr(str(True)), repr(str([1, 'a'])), repr(str((1,))))
print(repr(str(b'abc')), repr(str(b'abc', 'ascii')), repr(str(b'abc', encoding='utf-8')), repr(str(b'ab', errors='strict')))
print(repr(str(b'\xc3\xa9', 'utf-8')), repr(str(b'\xe9', 'latin-1')), repr(str(encoding='utf-8')), repr(str(errors='x')))
print(repr(str(object=b'\xc3\xa9', encoding='utf-8')), repr(str(b'a\xffb', 'utf-8', 'replace')))
print(type(str(5)).__name__, str(5) == '5', str is type('x'), str.__name__)
s = 'same'
print(str(s) is s, str(str(s)) == s)
for args, kw in [((1, 2, 3, 4), {}), ((), {'x': 1}), ((1, 'utf-8'), {}), (('a', 'utf-8'), {}), ((b'a', 1), {}),
                 ((b'a', 'utf-8', 1), {}), ((b'a',), {'encoding': None}), ((b'a', 'nope'), {}), ((b'\xff', 'utf-8'), {}),
                 ((b'a',), {'object': b'b'}), ((b'\x80', 'ascii'), {}), ((None, 'utf-8'), {})]:
    try:
        print(repr(str(*args, **kw)))
    except (TypeError, LookupError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(repr(str.__new__(str)), repr(str.__new__(str, 42)), repr(str.__new__(str, b'x', 'ascii')))
for cls in [int, object]:
    try:
        str.__new__(cls)
    except TypeError as e:
        print(type(e).__name__, e)

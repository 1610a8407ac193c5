# encode with codecs and error handlers; decoding through str().
text = 'aé中😀'
for enc in ['utf-8', 'UTF8', 'utf_8', 'U8', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_le', 'utf-32-be',
            'latin-1', 'latin1', 'iso-8859-1', 'L1', 'ascii', 'US-ASCII', '646']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)
print('abc'.encode(), 'abc'.encode(encoding='ascii'), 'é'.encode(errors='strict'), ''.encode('utf-16'))
for call in [lambda: 'é'.encode('ascii'), lambda: 'aé中x'.encode('latin-1'), lambda: 'xé中😀'.encode('ascii'),
             lambda: 'a'.encode('no-such-codec'), lambda: 'é'.encode('ascii', 'no-such-handler'),
             lambda: 'a'.encode(1), lambda: 'a'.encode('utf-8', 1), lambda: 'a'.encode('utf-8', 'strict', 1),
             lambda: 'a'.encode(encoding=None), lambda: 'a'.encode(codec='utf-8')]:
    try:
        print(call())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    'aé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
for data, enc in [(b'caf\xc3\xa9', 'utf-8'), (b'\xff\xfea\x00', 'utf-16'), (b'a\x00\x00\x00', 'utf-32-le'),
                  (b'\xe9t\xe9', 'latin-1'), (b'abc', 'ascii')]:
    print(repr(str(data, enc)), repr(str(data, encoding=enc, errors='replace')))
for data, enc, errors in [(b'\xff', 'utf-8', 'strict'), (b'a\xffb', 'utf-8', 'replace'), (b'a\xffb', 'utf-8', 'ignore'),
                          (b'a\xffb', 'utf-8', 'backslashreplace'), (b'\xc3', 'utf-8', 'strict'), (b'\x80', 'ascii', 'strict'),
                          (b'\xe2\x82', 'utf-8', 'strict'), (b'a\x00b', 'utf-16-le', 'strict')]:
    try:
        print(repr(str(data, enc, errors)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

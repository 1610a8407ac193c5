# utf-8-sig and cp1252, through str.encode and str(bytes, encoding).
for s in ['', 'abc', 'café', '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', 'ÿ\xa0\xff', 'ā', 'a€ā中b']:
    for enc in ['utf-8-sig', 'UTF_8_SIG', 'cp1252', 'windows-1252', '1252']:
        for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace']:
            try:
                print(repr(s), enc, errors, s.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(repr(s), enc, errors, type(e).__name__, e)
for data in [b'', b'abc', b'\xef\xbb\xbfabc', b'\xef\xbb\xbf', b'\xef\xbbx', b'\xef\xbb\xbf\xff', b'\x80\x82\x9f\xa0\xff',
             b'a\x81b', b'\x8d\x8f\x90\x9d']:
    for enc in ['utf-8-sig', 'cp1252']:
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
            try:
                print(data, enc, errors, repr(str(data, enc, errors)))
            except UnicodeDecodeError as e:
                print(data, enc, errors, type(e).__name__, e, e.start, e.end)
for enc in ['utf8-sig', 'u8-sig', 'cp-1252', 'no-such']:
    try:
        'x'.encode(enc)
    except LookupError as e:
        print(type(e).__name__, e)

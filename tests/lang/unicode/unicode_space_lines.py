# Unicode whitespace and line boundaries in split/strip/splitlines/isspace.
spaces = ['\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f', ' ', '\x85', '\xa0', '\u1680',
          '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000']
notspaces = ['\u200b', '\u180e', '\ufeff', '\u2060', 'x', '\x00']
for c in [c for group in (spaces, notspaces) for c in group]:
    s = 'a' + c + 'b'
    print(ascii(c), c.isspace(), s.split(), len(s.splitlines()), repr((c + 'x' + c).strip()))
text = 'one\u2028two\u2029three\x85four\x1cfive\x1dsix\x1eseven\r\neight'
print(text.splitlines())
print([ascii(x) for x in text.splitlines(True)])
print('\u3000中\u3000文\u3000'.split(), '\u3000中\u3000文\u3000'.rsplit(None, 1), '\xa0x\xa0'.strip(), ascii('\xa0x\xa0'.lstrip()))
print(ascii(' \u2003x\u2003 '.rstrip()), '\u2003'.join(['a', 'b']).split(), 'x\u200by'.split())
# strip() without arguments strips exactly the isspace() characters.
for c in ['\x85', '\xa0', '\u2007', '\u200b', '\u2060', '\ufeff', '\u180e', '\u3000', '\x1c']:
    s = c + 'x' + c
    print(ascii(c), c.isspace(), ascii(s.strip()), ascii(s.lstrip()), ascii(s.rstrip()), len(s.split()))
# splitlines keeps \r\n together but not \n\r.
for s in ['a\r\nb', 'a\n\rb', 'a\r\r\nb', 'a\u2028\nb', '\r\n\r\n']:
    print(ascii(s), len(s.splitlines()), [ascii(x) for x in s.splitlines(True)])

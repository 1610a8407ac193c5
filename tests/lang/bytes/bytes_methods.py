# Common bytes methods.
b = b'  Hello, World!  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !'), b'xxhixx'.strip(b'x'))
print(b.split(), b'a,b,,c'.split(b','), b'a b c'.split(maxsplit=1), b'a,b,c'.rsplit(b',', 1))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x', bytearray(b'y'))))
print(b.find(b'World'), b.find(b'zz'), b.rfind(b'l'), b.index(b'H'), b.count(b'l'), b.find(111))
print(b.replace(b'l', b'L'), b.replace(b'l', b'L', 1), b'aaa'.replace(b'a', b''))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'bc')), b'abc'.startswith(b'b', 1))
print(b'Hello'.upper(), b'Hello'.lower(), b'hello world'.title(), b'hello'.capitalize(), b'HeLLo'.swapcase())
print(b'abc'.isalpha(), b'123'.isdigit(), b'ab1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower())
print(b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'42'.zfill(5), b'-4'.zfill(4))
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'none'.partition(b'='))
print(b'line1\nline2\r\nline3'.splitlines(), b'a\tb'.expandtabs(4))
print(b'\x00\xff\x10'.hex(), b'abc'.hex(), b''.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2))
print(bytes.fromhex('68 65 6c 6c 6f'), bytes.fromhex(''), bytes.fromhex('FFfe'))
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError:', e)
print(b'prefix-data'.removeprefix(b'prefix-'), b'data.txt'.removesuffix(b'.txt'))
print(b'hello'.translate(None, b'l'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')))
print(b'%s=%d' % (b'x', 5), b'%05.1f|%x|%c' % (3.14159, 255, 65), b'%r' % b'q' if False else b'skip')

# str.encode and bytes.decode.
s = 'héllo wörld €'
b = s.encode()
print(b, len(s), len(b))
print(s.encode('utf-8') == b, b.decode() == s, b.decode('utf-8'))
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('utf-8'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xff'.decode('utf-8', 'replace'), b'\xffa'.decode('utf-8', 'ignore'))
print(b'caf\xe9'.decode('latin-1'), '😀'.encode('utf-8'), len('😀'.encode()))
print(bytes('abc', 'utf-8'), str(b'abc', 'ascii'), str(b'abc'))

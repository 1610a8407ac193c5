# Encoding/decoding round trips and errors.
texts = ['ascii', 'café', 'naïve', '中文字', '😀!', '', 'mixé中😀']
for t in texts:
    enc = t.encode('utf-8')
    print(repr(t), enc, len(t), len(enc), enc.decode('utf-8') == t)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), b'\xe9'.decode('latin-1'))
print('x'.encode('utf-16-le') if False else 'utf16 skipped', 'é'.encode('utf8'))
bad = b'ok\xffok'
try:
    bad.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(bad.decode('utf-8', 'replace'), bad.decode('utf-8', 'ignore'), bad.decode('latin-1'))
try:
    b'\xe4\xb8'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    '中'.encode('latin-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print('中'.encode('latin-1', 'replace'), '中'.encode('ascii', 'xmlcharrefreplace'), '中'.encode('ascii', 'backslashreplace'))

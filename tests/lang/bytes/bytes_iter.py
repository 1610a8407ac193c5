# Iterating bytes and bytearray yields ints.
for c in b'AZ\x00\xff':
    print(c, end=' ')
print()
print([c for c in b'hi'], [c + 1 for c in bytearray(b'\x01\x02')], list(b''), tuple(bytearray(b'ab')))
print(list(reversed(b'abc')), list(reversed(bytearray(b'xyz'))), list(reversed(b'')))
print([i for i, c in enumerate(b'abcb') if c == 98], sum(b'\x01\x02\x03') if False else 'sum skipped')
it = iter(b'ab')
print(next(it) if False else 'next skipped', type(iter(b'')).__name__, type(iter(bytearray())).__name__)
a, b, c = b'xyz'
print(a, b, c)
first, *rest = bytearray(b'12345')
print(first, rest)
d = {}
for k in b'aab':
    d[k] = d.get(k, 0) + 1 if False else 1
print(d)
ba = bytearray(b'ab')
out = []
for c in ba:
    out.append(c)
    if len(ba) < 5:
        ba.append(c + 2)
print(out, ba)
ba = bytearray(b'abcdef')
seen = []
for c in ba:
    seen.append(c)
    if c == 98:
        ba.clear()
print(seen, ba)
print(b'abc'.__iter__ is not None, len(b'abc'), len(bytearray(b'ab')), b'abc'.__len__())
print(bool(b''), bool(b'\x00'), bool(bytearray()), bool(bytearray(1)), not b'', not bytearray(b'x'))

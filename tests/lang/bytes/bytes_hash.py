# hash(bytes) equals CPython's (SipHash over the raw bytes); bytearray is unhashable.
samples = [b'', b'a', b'abc', b'\x00', b'\xff\xfe', b'caf\xc3\xa9', b'1234567', b'12345678',
           b'123456789', b'x' * 64, bytes(range(256))]
for b in samples:
    print(len(b), b[:8], hash(b), hash(b) == hash(bytes(bytearray(b))))
print(hash(b'abc') == hash(b'abc'), hash(b'abc') == hash(b'abd'), hash(b'') == 0)
print(hash(b'abc') == b'abc'.__hash__())
d = {b'key': 1, b'\xff': 2, b'': 3}
print(d[b'key'], d[b'\xff'], d[b''], b'key' in d, b'nope' in d)
d[b'key'] = 10
print(d[b'key'], len(d))
try:
    d[bytearray(b'key')]
except TypeError as e:
    print('TypeError', e)
for bad in (lambda: hash(bytearray()), lambda: hash(bytearray(b'x')), lambda: {bytearray(b'k'): 1},
            lambda: {bytearray()}):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(bytearray.__hash__ is None, (b'a', b'b') == (b'a', b'b'), hash((b'a', 1)) == hash((b'a', 1)))
s = {b'x', b'x', bytes(b'x')}
print(len(s), b'x' in s, bytearray(b'x') in [b'x'])

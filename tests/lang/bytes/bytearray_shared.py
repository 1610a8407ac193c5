# Shared methods on bytearray return bytearrays and leave the receiver unchanged.
ba = bytearray(b'  Hello, World  ')
results = [ba.strip(), ba.lstrip(), ba.rstrip(b' d'), ba.lower(), ba.upper(), ba.swapcase(),
           ba.title(), ba.capitalize(), ba.replace(b'l', b'L'), ba.center(20, b'*'),
           ba.ljust(18), ba.rjust(18), ba.zfill(18), ba.expandtabs(), ba.translate(None, b'lo'),
           ba.removeprefix(b'  '), ba.removesuffix(b'  '), bytearray(b'-').join([b'a', b'b'])]
for r in results:
    print(type(r).__name__, r)
print(ba.split(), ba.rsplit(b','), ba.splitlines(), ba.partition(b','), ba.rpartition(b'o'))
print(ba.find(b'o'), ba.rfind(b'o'), ba.index(b'W'), ba.rindex(108), ba.count(b'l'))
print(ba.startswith(b'  H'), ba.endswith(b'  '), ba.isalpha(), ba.isascii(), ba.hex(' ', 4))
print(ba.decode(), ba, len(ba))
same = bytearray(b'same')
s = same.strip()
s.append(33)
print(same, s, s is same)
for r in (same.split(), same.partition(b'z'), same.rpartition(b'z')):
    for x in r:
        print(type(x).__name__, x, x is same, end='; ')
    print()
m = bytearray(b'abc')
t = m.upper()
m[0] = 122
print(m, t)
print(bytearray(b'x').__mod__(()) if False else 'mod skipped', bytearray(b'%s!') % b'hi')
print(b'abc' + bytearray(b'd'), bytearray(b'abc') + b'd', bytearray(b'ab') * 2, 2 * bytearray(b'cd'))

# String indexing and slicing.
s = 'abcdefghij'
print(s[0], s[9], s[-1], s[-10], s[3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:2], s[2:100])
print(s[1:-1:3], s[-1:-5:-1], repr(s[0:0]))
print(s[None:None:None], s[slice(2, 6)], s[slice(None, None, -3)])
print(repr(''[:]), repr(''[::-1]))
for i in (10, -11):
    try:
        s[i]
    except IndexError as e:
        print('IndexError:', e)
try:
    s['a']
except TypeError as e:
    print('TypeError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
print(s[True], s[False:True + 2])
print(type(s[0]).__name__, len(s[0]), s[0][0][0])

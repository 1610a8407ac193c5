# if / elif / else chains.
def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    else:
        return 'F'
print([grade(s) for s in (95, 90, 85, 70, 69, 0)])
for v in (0, 1, '', 'x', None, [], [0]):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3:
    if x > 4:
        print('nested both')
if x < 0:
    print('no')
elif x < 3:
    print('no')
elif x < 10:
    print('third branch')
elif x < 100:
    print('not reached')
if not x:
    pass
else:
    print('else after pass')
if (n := len('hello')) > 3:
    print('walrus in if', n)

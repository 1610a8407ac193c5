# str.maketrans and str.translate.
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc'.translate(t), 'hello abc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'lo')
print('hello ab world'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, 'c': 'CC', ord('d'): 'D'})
print(sorted(t3.items()))
print('abcd'.translate(t3))
print('abc'.translate({97: 'alpha', 98: 66}))
print('abc'.translate({}))
try:
    str.maketrans('ab', 'x')
except ValueError as e:
    print('ValueError:', e)
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                      'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
print('Hello, World!'.translate(rot13), 'Uryyb'.translate(rot13))

# str.maketrans in all its forms, and translate with mappings and sequences.
t1 = str.maketrans('abc', 'xyz')
t2 = str.maketrans('ab', 'AB', 'c')
t3 = str.maketrans({'a': 'alpha', 98: None, 'c': 67, 100: 'Δ'})
t4 = str.maketrans('', '', 'aeiou')
t5 = str.maketrans({})
for t in [t1, t2, t3, t4, t5]:
    print([(k, t[k]) for k in t])
for s in ['', 'abcd', 'aabbccdd', 'education', 'xyz', 'cab é']:
    print(repr(s), repr(s.translate(t1)), repr(s.translate(t2)), repr(s.translate(t3)), repr(s.translate(t4)))
print('abc'.maketrans('a', 'b'), ''.maketrans({'é': '中'}), str.maketrans('é😀', '😀é'))
print(repr('héllo'.translate({ord('é'): 'e', ord('l'): 'L'})), repr('😀a'.translate({0x1F600: None})))
# Any object with __getitem__ works; LookupError means "keep".
print(repr('abc'.translate([None for _ in range(100)])), repr('abc'.translate([str(i) for i in range(99)])), repr('abc'.translate('ABCDEFGHIJKLMNOPQRSTUVWXYZ' * 4)))
print(repr('abc'.translate([])), repr('abc'.translate({})), repr('a\x00b'.translate({0: '0'})))
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}, {97: b'x'}, {97: (1,)}, 1, None]:
    try:
        print(repr('abc'.translate(table)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [(), (1,), ({'ab': 1},), ({1.5: 'x'},), ({(1,): 'x'},), ('ab', 'c'), ('a', 'b', 1), (1, 'a'),
             ('a', 1), ('a', 'b', 'c', 'd'), ('a', None)]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    str.maketrans(x={'a': 'b'})
except TypeError as e:
    print(type(e).__name__, e)
for args in [(), ({}, {})]:
    try:
        'abc'.translate(*args)
    except TypeError as e:
        print(type(e).__name__, e)

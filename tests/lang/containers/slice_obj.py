# slice objects: construction, attributes, indices(), repr, use.
s = slice(1, 2, 3)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1))
for sl in (slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(1, 100, 2),
           slice(-100, 100), slice(8, 2, -2), slice(None, None, 3), slice(5, 5)):
    print(sl, sl.indices(10), list(range(10))[sl], 'abcdefghij'[sl])
print(slice(0, 10, 2).indices(5), slice(-1, -20, -1).indices(7))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice('a', 'b', 'c'), slice([1], (2,), None))
t = (0, 1, 2, 3, 4)
sl = slice(1, 4)
print(t[sl], t[slice(None, None, -2)])
lst = list(range(8))
lst[slice(0, 8, 2)] = 'abcd'
print(lst)
del lst[slice(1, None, 2)]
print(lst)

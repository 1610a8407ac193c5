# enumerate and zip.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20)))
e = enumerate([10, 20])
print(next(e), next(e), next(e, 'done'), type(e).__name__)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1, 2])), list(zip('ab', 'cd', 'ef')))
print(list(zip(range(3), range(10), strict=False)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(zip([1, 2], [3, 4], strict=True)))
pairs = [(1, 'a'), (2, 'b')]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip('abc', range(3))), list(zip(*[[1, 2, 3], [4, 5, 6]])))
z = zip(iter([1, 2, 3]), iter('xy'))
print(list(z), list(z))
try:
    zip(1, 2)
except TypeError as e:
    print('TypeError:', e)

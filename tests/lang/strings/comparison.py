# String comparison, ordering, min/max, sorting.
print('a' < 'b', 'a' < 'B', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('abc' == 'abc', 'abc' != 'ABC', 'a' * 3 == 'aaa')
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana']))
print(sorted(['banana', 'Apple', 'cherry', 'apple'], key=str.lower))
print(max('hello'), min('hello'), max(['b', 'ab', 'abc']), min('zebra', 'apple'))
print('é' > 'e', 'é' > 'z', '中' > 'é', '😀' > '中')
print('10' < '9', 10 < 9, sorted(['10', '9', '100']))
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
print('a' == 1, 'a' != None, ('a', 1) < ('a', 2), ['b'] > ['a', 'z'])

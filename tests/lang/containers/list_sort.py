# list.sort / sorted with key and reverse; stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('hello'), sorted({3: 'x', 1: 'y'}))
print(sorted([3, 1, 2], key=lambda v: 0), sorted([], reverse=True))
mixed = [1, 2.5, True, -1, 0.0]
print(sorted(mixed), sorted(mixed, key=abs))
try:
    [1, 'a', 2].sort()
except TypeError:
    print('TypeError (message depends on comparison order)')
lst = [3, 1, 2]
r = lst.sort()
print(r, lst, sorted(lst) is lst)
stable = sorted(['b1', 'a1', 'b2', 'a2', 'b3'], key=lambda s: s[0])
print(stable, sorted(stable, key=lambda s: s[0], reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]))

# range objects: len, index, slice, negative steps, in, repr, equality.
r = range(2, 20, 3)
print(r, repr(r), str(range(5)), range(0, 10, -1), range(3, 0, -1))
print(len(r), r[0], r[-1], r[2], list(r))
print(r[1:4], r[::-1], r[::2], list(r[::-1]), r[10:], r[-2:])
print(8 in r, 9 in r, 20 in r, -1 in range(-5, 0), 3.0 in range(5), 'a' in range(5))
print(r.index(11), r.count(11), r.count(12), r.start, r.stop, r.step)
try:
    r.index(12)
except ValueError as e:
    print('ValueError:', e)
try:
    r[100]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
print(range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(1, 2) == range(1, 2, 5))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(list(reversed(range(1, 10, 4))), len(range(10, 0, -3)), list(range(10, 0, -3)))
big = range(0, 10 ** 15, 7)
print(len(big), big[-1], big[10 ** 12], 10 ** 14 in big, (10 ** 14 + 1) in big)
print(len(range(-10 ** 6, 10 ** 6)), bool(range(0)), bool(range(1)))
try:
    len(range(10 ** 19))
except OverflowError as e:
    print('OverflowError:', e)
print(range(10 ** 19)[-1], 10 ** 18 in range(10 ** 19))
print(hash(range(3)) == hash(range(0, 3, 1)), range(5)[-6:-2])

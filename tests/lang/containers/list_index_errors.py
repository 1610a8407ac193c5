# Index errors and index types for lists/tuples.
lst = [10, 20, 30]
for i in (0, 2, -1, -3, True, False):
    print(i, lst[i])
for i in (3, -4, 100):
    try:
        lst[i]
    except IndexError as e:
        print('IndexError:', e)
    try:
        lst[i] = 0
    except IndexError as e:
        print('IndexError:', e)
    try:
        del lst[i]
    except IndexError as e:
        print('IndexError:', e)
for bad in ('1', 1.0, None, [0]):
    try:
        lst[bad]
    except TypeError as e:
        print('TypeError:', e)
try:
    pair = (1, 2)
    pair['a']
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 2)[2]
except IndexError as e:
    print('IndexError:', e)
print(lst[2 ** 0], lst[-(2 ** 1)])
try:
    lst[2 ** 100]
except IndexError as e:
    print('IndexError:', e)

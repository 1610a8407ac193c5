# iter and next, including the callable-sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
values = [3, 2, 1, 0, 5]
def pop_front():
    return values.pop(0)
print(list(iter(pop_front, 0)), values)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
for v in iter(lambda: 'x', 'x'):
    print('never')
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError:', e)
s = iter('ab')
print(next(s), list(s), iter(s) is s)
d = iter({'k': 1, 'j': 2})
print(next(d), next(d))
print(list(iter(range(3))), list(iter(iter(iter([7])))))

from collections import deque

d = deque(maxlen=3)
print(d, d.maxlen)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
print(deque(range(10), 4))
print(deque([1, 2], maxlen=None), deque([1, 2], maxlen=None).maxlen)
z = deque([1, 2, 3], maxlen=0)
z.append(4)
z.appendleft(5)
print(z, len(z))
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print('IndexError', e)
try:
    full.maxlen = 5
except AttributeError as e:
    print('AttributeError', type(e).__name__)
try:
    deque([], -1)
except ValueError as e:
    print('ValueError', e)
try:
    deque([], 'x')
except TypeError as e:
    print('TypeError', e)
# last N lines idiom
lines = ['l%d' % i for i in range(10)]
print(list(deque(lines, maxlen=3)))

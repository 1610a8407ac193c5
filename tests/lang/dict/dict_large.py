# Many insertions and deletions: order, length, lookups stay right.
d = {}
for i in range(2000):
    d[i] = i * 2
for i in range(0, 2000, 2):
    del d[i]
print(len(d), [k for k, _ in zip(d, range(5))], [k for k, _ in zip(reversed(d), range(3))], d[1999], 1000 in d, 1001 in d)
for i in range(0, 20, 2):
    d[i] = 'back'
print(len(d), [k for k, _ in zip(reversed(d), range(10))])
q = {}
for i in range(5000):
    q[i] = i
    if i >= 3:
        del q[i - 3]
print(q, len(q))
s = {}
for i in range(300):
    s[f'{i}'] = i
total = 0
for i in range(300):
    total += s[f'{i}']
print(total, len(s), s['150'], s.get('300'))
r = {i: i for i in range(10)}
while len(r) > 3:
    r.popitem()
print(r)
t = {}
for i in range(100):
    t[i] = i
    t.pop(i)
print(t, len(t))
u = {(i, -i): i for i in range(50)}
print(u[(7, -7)], len(u), (49, -49) in u, (50, -50) in u)

# In-place set methods.
s = {1, 2, 3}
s.update([4, 5], (6,), range(7, 8))
print(s)
s.intersection_update({1, 2, 3, 4, 9})
print(s)
s.difference_update([1], {2})
print(s)
s.symmetric_difference_update({4, 5})
print(s)
r = s.update([])
print(r, s)
t = set()
for i in range(10):
    if i % 3:
        t.add(i)
print(t, len(t))
u = {0, 1, 2, 3, 4, 5, 6, 7}
while u:
    u.pop()
print(u)
v = set(range(5))
v.intersection_update(range(2, 10), [3, 4, 5])
print(v)

# pop() takes items in table order from a moving finger.
s = set(range(10))
print([s.pop() for _ in range(4)], s)
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s)
t = set([5, 13, 21, 3])
out = []
while t:
    out = [*out, t.pop()]
print(out)
u = set(range(20))
for _ in range(10):
    u.pop()
u.add(1)
u.add(40)
print(u.pop(), u.pop(), u)
v = set([7])
print(v.pop(), v)
v.add(3)
v.add(7)
print(v.pop(), v.pop())
w = set(range(8))
w.clear()
w.add(6)
w.add(2)
print(w.pop(), w)

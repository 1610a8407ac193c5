from collections import deque

d = deque(range(6))
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d)
d.rotate(13)
print(d)
d.rotate(-13)
print(d)
e = deque()
e.rotate(5)
print(e)
one = deque([1])
one.rotate(-7)
print(one)
# rotate as a round-robin scheduler
tasks = deque(['a', 'b', 'c'])
out = []
for _ in range(7):
    out.append(tasks[0])
    tasks.rotate(-1)
print(out)

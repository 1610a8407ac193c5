import random

random.seed(1)
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[2])
x = [random.random() for _ in range(5)]
random.setstate(st)
y = [random.random() for _ in range(5)]
print(x == y)

r = random.Random(2)
r.gauss()
s = r.getstate()
print(s[2] is not None)
g1 = r.gauss()
r.setstate(s)
print(g1 == r.gauss())

r2 = random.Random()
r2.setstate(random.Random(5).getstate())
print(r2.random() == random.Random(5).random())

try:
    random.setstate((9, (), None))
except ValueError as e:
    print("ValueError", e)
try:
    random.setstate((3, (1, 2, 3), None))
except ValueError as e:
    print("ValueError", e)

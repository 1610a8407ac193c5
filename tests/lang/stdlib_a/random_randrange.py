import random

random.seed(11)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 10) for _ in range(20)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randrange(-50, -10) for _ in range(10)])
print([random.randrange(2**70) for _ in range(3)])
print([random.randrange(10**30, 10**30 + 5) for _ in range(5)])
print(random.randrange(1), random.randrange(3, 4))
print(random.randrange(True, 5))

cases = [(0,), (-5,), (5, 5), (5, 2), (0, 10, 0), (0, 10, -1), (10, 0, 1)]
for c in cases:
    try:
        random.randrange(*c)
    except ValueError as e:
        print(c, "ValueError", e)
try:
    random.randrange(5, step=2)
except TypeError as e:
    print("TypeError", e)
for c in [("a",), (1, "b"), (1, 5, "c")]:
    try:
        random.randrange(*c)
    except (TypeError, ValueError) as e:
        print(c, type(e).__name__, e)

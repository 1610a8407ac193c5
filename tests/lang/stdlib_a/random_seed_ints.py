import random

for s in [0, 1, 2, 3, 7, 42, 100, 1000, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 99999999]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)])

# A long run crosses several twists of the state.
random.seed(5)
total = 0.0
for _ in range(5000):
    total += random.random()
print(round(total, 6), random.random())

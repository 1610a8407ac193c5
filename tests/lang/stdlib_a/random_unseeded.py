import random

random.seed()
xs = [random.random() for _ in range(100)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 90)
print(all(0 <= random.randrange(10) < 10 for _ in range(100)))
r = random.Random()
print(0 <= r.randint(1, 6) - 1 < 6)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 0 <= sr.randrange(7) < 7, sr.getrandbits(8) < 256)

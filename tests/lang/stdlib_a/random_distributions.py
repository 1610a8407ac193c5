import random

random.seed(31337)
print([random.uniform(1, 10) for _ in range(3)])
print(random.uniform(5, 5), random.uniform(10, 1))
print([random.gauss(0, 1) for _ in range(5)])
print([random.gauss(100, 15) for _ in range(3)])
print([random.normalvariate(0, 1) for _ in range(5)])
print(random.normalvariate(), random.gauss())
print([random.expovariate(1.5) for _ in range(4)])
print([random.triangular(0, 10, 3) for _ in range(3)], random.triangular(), random.triangular(2, 2))
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(0, 4), random.vonmisesvariate(1, 0))
print([random.gammavariate(a, 2) for a in (0.5, 1.0, 3.0)])
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print("ValueError", e)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

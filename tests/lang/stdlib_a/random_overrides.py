import random

class R(random.Random):
    def randrange(self, start, stop=None, step=1):
        return 1000

r = R(3)
print(r.randint(1, 6), r.randrange(5))

class L(list):
    def __getitem__(self, i):
        return ("item", list.__getitem__(self, i))
    def __len__(self):
        return 2

random.seed(1)
print([random.choice(L([10, 20, 30, 40])) for _ in range(4)])

class Swap(list):
    log = []
    def __setitem__(self, i, v):
        Swap.log.append(i)
        list.__setitem__(self, i, v)

random.seed(2)
s = Swap(range(6))
random.shuffle(s)
print(list(s), Swap.log)

random.seed(3)
print(random.choice({0: "zero", 1: "one"}))
print(random.randrange(True, 10, True), random.randrange(-(2**60), 2**60), random.randint(-2**50, 2**50))
print(random.randrange(0, 2**47 + 5, 2**46))
for bad in [lambda: random.choice({5: 1}), lambda: random.choice({1, 2}), lambda: random.randrange(1.5),
            lambda: random.randint(1, 2.5), lambda: random.randint(3, 1), lambda: random.shuffle("abc"),
            lambda: random.randrange(start=5), lambda: random.choice(seq=[])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(random.randrange(stop=5, start=1) in range(1, 5), random.choice(seq=[7]))
t = (1, 2, 3)
random.seed(5)
print([random.choice(t) for _ in range(6)], [random.choice("xyz") for _ in range(6)], random.choice(range(10**20)))

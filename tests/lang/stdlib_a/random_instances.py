import random

a = random.Random(10)
b = random.Random(10)
print(a.random() == b.random(), a.randrange(100), b.randrange(100))
c = random.Random()
print(type(c).__name__, isinstance(c, random.Random), 0 <= c.random() < 1)
r = random.Random("seed string")
print(r.random(), r.choice([1, 2, 3]), r.sample(range(20), 3))
r.seed(4)
print(r.random())
random.seed(4)
print(random.random())

class Fixed(random.Random):
    def random(self):
        return 0.7

f = Fixed(1)
print(f.random(), f.randrange(10), f.choice("abcdef"), f.uniform(0, 10))

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 2

g = Bits()
print(g.randrange(5), g.randrange(100))

class Sub(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.extra = "yes"

s = Sub(10)
print(s.extra, s.random() == random.Random(10).random())
print(random.Random(0).random() == random.Random(0.0).random() or "different")
print(random.Random.VERSION)

class NoInit(random.Random):
    def __init__(self, label):
        self.label = label

n = NoInit("x")
n.seed(12)
print(n.label, n.random() == random.Random(12).random(), n.randrange(10) in range(10))

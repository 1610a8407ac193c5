import random

for seed in [1, 2, 3, 1000]:
    random.seed(seed)
    for n in [0, 1, 2, 5, 10, 52]:
        x = list(range(n))
        random.shuffle(x)
        print(seed, n, x)
random.seed(8)
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(words)
x = list(range(20))
random.shuffle(x)
print(sorted(x) == list(range(20)))
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print("TypeError", e)

import random

random.seed(2024)
for k in [0, 1, 2, 5, 8, 16, 31, 32, 33, 63, 64, 65, 96, 100, 128, 129, 200, 1000]:
    v = random.getrandbits(k)
    print(k, v, v.bit_length() <= k)

random.seed(1)
print([random.getrandbits(3) for _ in range(20)])

for bad in [-1, -100]:
    try:
        random.getrandbits(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [1.5, "3", None]:
    try:
        random.getrandbits(bad)
    except TypeError as e:
        print("TypeError", e)
print(random.randbytes(0), len(random.randbytes(10)))
random.seed(3)
print(random.randbytes(9))

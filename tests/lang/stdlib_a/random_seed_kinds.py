import random

for s in [-1, -5, -(2**40), 2**64, 2**64 + 7, 2**100 - 1, -(2**200) + 3, 10**50, True, False]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(16))

for s in [0.0, 1.5, -1.5, 3.14159, 1e300, -0.0, float('inf')]:
    random.seed(s)
    print(repr(s), random.random())

for s in ["", "a", "hello", "hello world, a longer string for the seed", "\u00e9t\u00e9", "x" * 200,
          b"", b"abc", bytearray(b"abc")]:
    random.seed(s)
    print(repr(s)[:20], random.random())

for s in ["hello", b"spam", ""]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())

for bad in [(1, 2), [1], {1: 2}, None.__class__]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)

# Same seed, same stream.
random.seed(77)
a = [random.random() for _ in range(5)]
random.seed(77)
b = [random.random() for _ in range(5)]
print(a == b)

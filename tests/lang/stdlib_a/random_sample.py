import random

random.seed(123)
print(random.sample(range(10), 10))
print(random.sample(range(100), 5))
print(random.sample(range(10**9), 8))
print(random.sample("abcdefghij", 4))
print(random.sample((1, 2, 3, 4, 5), 0))
print(random.sample([10, 20, 30], 3))
print(random.sample(range(1000), 50)[:10])
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(4), k=2, counts=[1, 1, 1, 5]))

for args in [(range(3), 4), (range(3), -1)]:
    try:
        random.sample(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError", e)
try:
    random.sample({1: 2}, 1)
except TypeError as e:
    print("TypeError", e)
try:
    random.sample([1, 2], 1, counts=[1])
except ValueError as e:
    print("ValueError", e)
try:
    random.sample([1, 2], 1, counts=[0, 0])
except ValueError as e:
    print("ValueError", e)
try:
    random.sample([1, 2], 1, counts=[1.5, 1])
except TypeError as e:
    print("TypeError", e)

import random

random.seed(99)
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-3, 3) for _ in range(15)])
print(random.randint(5, 5), random.randint(0, 2**80))
print([random.choice("abcdefg") for _ in range(10)])
print([random.choice((1, 2, 3)) for _ in range(10)])
print([random.choice(range(100, 200)) for _ in range(5)])
print([random.choice([[1], [2], [3]]) for _ in range(4)])

for empty in [[], (), "", range(0)]:
    try:
        random.choice(empty)
    except IndexError as e:
        print(repr(empty), "IndexError", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError", e)
try:
    random.choice(5)
except TypeError as e:
    print("TypeError", e)
try:
    random.choice({1, 2})
except TypeError as e:
    print("TypeError", e)

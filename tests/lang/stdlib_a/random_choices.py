import random

random.seed(5)
print(random.choices("abc"))
print(random.choices("abc", k=10))
print(random.choices(range(5), weights=[1, 0, 0, 0, 10], k=10))
print(random.choices(range(5), [5, 4, 3, 2, 1], k=10))
print(random.choices(["x", "y"], cum_weights=[1, 10], k=8))
print(random.choices([1, 2, 3], weights=[0.5, 0.25, 0.25], k=6))
print(random.choices([], k=0))

def err(f, *a, **k):
    try:
        f(*a, **k)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

err(random.choices, "abc", [1, 2], k=2)
err(random.choices, "abc", [1, 1, 1], cum_weights=[1, 2, 3])
err(random.choices, "abc", [0, 0, 0])
err(random.choices, "abc", [1, float("inf"), 1])
err(random.choices, "abc", 3)
err(random.choices, [], k=1)

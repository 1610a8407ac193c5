"""A plain module next to the importing scripts."""
X = 41
calls = []


def f(v):
    calls.append(v)
    return v + X

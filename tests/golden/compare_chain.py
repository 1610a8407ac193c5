def between(a, b, c):
    if a < b <= c:
        return True
    return a is not None and b not in c or not a


def ternary(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"


assert 1 < 2 < 3, "math"

# Guards: evaluated after the pattern binds, only when it matches.

def sign(n):
    match n:
        case int() | float() if n > 0:
            return "positive"
        case int() | float() if n < 0:
            return "negative"
        case 0 | 0.0:
            return "zero"
        case _:
            return "not a number"


for v in [5, -3, 0, 2.5, -0.5, 0.0, "x"]:
    print(repr(v), sign(v))


log = []


def noisy(value, result):
    log.append(value)
    return result


# Guards run in order, and only for cases whose pattern matched.
match (1, 2):
    case (a, b) if noisy("first guard", False):
        print("wrong")
    case [3, _] if noisy("never evaluated", True):
        print("wrong")
    case (a, b) if noisy("second guard", a < b):
        print("second case with", a, b)
print(log)

# A guard that fails still leaves the names bound (as in CPython).
match [10, 20]:
    case [p, q] if p > q:
        print("wrong")
    case _:
        print("after failed guard: p =", p, "q =", q)

# Walrus inside a guard.
match [1, 2, 3]:
    case [*items] if (total := sum(items)) > 5:
        print("total", total)

# Guard on the default case.
def default_guard(v):
    match v:
        case 1:
            return "one"
        case _ if v > 10:
            return "big"
    return "fell through"


print(default_guard(1), default_guard(50), default_guard(5))

# A guard raising propagates.
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised:", e)

# Guards with short-circuit operators and not.
for v in [(1, 0), (0, 1), (2, 2)]:
    match v:
        case (a, b) if a and not b:
            print(v, "a only")
        case (a, b) if a or b and a == b:
            print(v, "a, or b equal to a")
        case _:
            print(v, "neither")

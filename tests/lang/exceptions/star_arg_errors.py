# Errors for a non-iterable after * and a non-mapping after ** in calls and displays.
def f(*a, **k): pass
class M:
    def m(self, *a): pass
tests = [lambda: f(*1), lambda: f(1, *1), lambda: f(*1, 2), lambda: f(*[1], *2), lambda: f(**1),
 lambda: [*1], lambda: print(*1), lambda: max(*1), lambda: (lambda: 0)(*1), lambda: f(*1, **1), lambda: M().m(*1), lambda: M.m(*None)]
for t in tests:
    try: t()
    except TypeError as e: print(e)

# TypeError: missing required keyword-only argument.
def f(a, *, key):
    return a
f(1)

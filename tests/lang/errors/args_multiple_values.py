# TypeError: f() got multiple values for argument 'a'.
def f(a, b):
    return a + b
f(1, 2, a=3)

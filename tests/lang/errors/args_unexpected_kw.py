# TypeError: f() got an unexpected keyword argument 'z'.
def f(a, b):
    return a + b
f(1, 2, z=3)

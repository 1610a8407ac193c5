# RecursionError with the default recursion limit.
def f():
    return f()
print('recursing')
f()

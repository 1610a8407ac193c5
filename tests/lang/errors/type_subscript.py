# TypeError: 'int' object is not subscriptable.
x = 10
print(x)
x[0]

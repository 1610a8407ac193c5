# TypeError: 'int' object is not callable.
x = 5
print('x is', x)
x()

# AttributeError: 'int' object has no attribute 'foo'.
n = 5
print(n.real)
print(n.foo)

# TypeError: '<' not supported between instances of 'int' and 'str'.
print(sorted([3, 1, 2]))
print(3 < 'a')

# TypeError: unsupported operand type(s) for +: 'int' and 'str'.
total = 0
for item in [1, 2, 'three']:
    total = total + item
    print('total', total)

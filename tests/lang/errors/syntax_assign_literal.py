# SyntaxError: cannot assign to literal.
print('never printed')
1 = x

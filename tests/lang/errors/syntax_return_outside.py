# SyntaxError: 'return' outside function.
print('never printed')
return 5

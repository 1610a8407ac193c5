# SyntaxError: '(' was never closed. Nothing runs, not even this print.
print('never printed')
x = (1, 2,
y = 3

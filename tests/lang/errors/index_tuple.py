# IndexError: tuple index out of range.
t = (1, 2)
print(t[-2])
print(t[-3])

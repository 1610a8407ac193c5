# NameError inside a comprehension.
print([x * 2 for x in range(3)])
print([x * y for x in range(3)])

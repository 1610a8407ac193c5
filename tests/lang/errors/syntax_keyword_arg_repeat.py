# SyntaxError: keyword argument repeated.
print(sep='a', sep='b')

# TypeError: can't multiply sequence by non-int of type 'str'.
print('x' * 3)
print("a" * "b")

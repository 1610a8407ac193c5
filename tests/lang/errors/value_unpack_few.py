# ValueError: not enough values to unpack (expected 3, got 2).
a, b, c = 'xyz'
print(a, b, c)
a, b, c = [1, 2]

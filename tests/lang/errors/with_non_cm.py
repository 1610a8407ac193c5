# `with` on an int.
print('before with')
with 1:
    pass

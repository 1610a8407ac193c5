# TypeError: 'int' object is not iterable.
for ch in 'ok':
    print(ch)
for i in 5:
    print(i)

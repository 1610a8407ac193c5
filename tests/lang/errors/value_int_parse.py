# ValueError: invalid literal for int() with base 10: 'abc'.
print(int('42'))
print(int('abc'))

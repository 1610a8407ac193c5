# ZeroDivisionError messages for every operator and type.
ops = [
    ('1 / 0', lambda: 1 / 0), ('1 // 0', lambda: 1 // 0), ('1 % 0', lambda: 1 % 0),
    ('divmod(1, 0)', lambda: divmod(1, 0)), ('1.0 / 0', lambda: 1.0 / 0),
    ('1.0 // 0', lambda: 1.0 // 0), ('1.0 % 0', lambda: 1.0 % 0),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)), ('1 / 0.0', lambda: 1 / 0.0),
    ('1 // 0.0', lambda: 1 // 0.0), ('1 % 0.0', lambda: 1 % 0.0),
    ('0 ** -1', lambda: 0 ** -1), ('0.0 ** -1', lambda: 0.0 ** -1),
    ('big / 0', lambda: 10 ** 30 / 0), ('big // 0', lambda: 10 ** 30 // 0),
    ('big % 0', lambda: 10 ** 30 % 0), ('True / False', lambda: True / False),
    ('pow(0, -2)', lambda: pow(0, -2)), ('0 / 0', lambda: 0 / 0),
]
for label, fn in ops:
    try:
        fn()
        print(label, 'no error')
    except ZeroDivisionError as e:
        print(label, '->', e)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print('augmented:', e)
print(isinstance(ZeroDivisionError(), ArithmeticError))

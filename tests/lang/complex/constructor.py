# complex(): numbers, pairs, keywords, errors
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(1, imag=2))
print(complex(1j, 1j), complex(1 + 2j, 3), complex(1, 2j), complex(1 + 1j, 1 + 1j))
print(complex(10 ** 20), complex(2, 10 ** 20))
z = 3 + 4j
print(complex(z) is z, complex(z) == z)
for bad in [None, [], 'x' * 0 or object()]:
    try:
        complex(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    complex(1, None)
except TypeError as e:
    print('TypeError', e)
try:
    complex('1', 2)
except TypeError as e:
    print('TypeError', e)
try:
    complex(1, '2')
except TypeError as e:
    print('TypeError', e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    complex(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    complex(foo=1)
except TypeError as e:
    print('TypeError', e)

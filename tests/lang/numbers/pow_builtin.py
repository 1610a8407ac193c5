# pow with 2 and 3 arguments, negative exponents, modular inverse.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(pow(2, 10, 1000), pow(3, 200, 1000007), pow(-2, 3, 5), pow(2, 3, -5), pow(7, 0, 1))
print(pow(3, -1, 7), pow(2, -3, 13), pow(38, -1, 97), pow(5, 0, 1), pow(5, 1, 1))
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 4), (2, 0.5, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(pow(10, 30, 10 ** 9 + 7), pow(2, 10 ** 5, 10 ** 9 + 7))
print(pow(-8, 1 / 3) if False else 'skip complex', pow(0.0, 0), pow(0, 5), pow(1, -5))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(2 ** 0.5, 10 ** -1, (-2) ** 2, (-2.0) ** 2, 2 ** 3 ** 2)
print(pow(base=2, exp=5), pow(2, 5, mod=7))

# Three-argument pow and modular inverses with big operands.
p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(2, 10 ** 20, p), pow(10 ** 40, 10 ** 40, 10 ** 9 + 7))
print(pow(-(10 ** 30), 3, 10 ** 12 + 39), pow(10 ** 30, 3, -(10 ** 12 + 39)), pow(-5, 2 ** 70, 2 ** 61 - 1))
inv = pow(123456789123456789, -1, p)
print(inv, inv * 123456789123456789 % p)
print(pow(2 ** 100 + 1, -1, 2 ** 89 - 1), pow(-(2 ** 100), -3, 10 ** 20 + 39), pow(7, -(2 ** 70), 10 ** 9 + 7))
for args in [(2 ** 70, -1, 2 ** 71), (10 ** 20, -1, 10 ** 10), (0, -5, 2 ** 70)]:
    try:
        pow(*args)
    except ValueError as e:
        print('ValueError:', e)
print(pow(2 ** 70, 0, 1), pow(2 ** 70, 5, 1), pow(0, 2 ** 70, 2 ** 70), pow(2 ** 70, 1, 2 ** 71))
print(pow(3, 2 ** 64, 2 ** 64), pow(3, 2 ** 64 + 1, -(2 ** 64)), pow(-1, 2 ** 100 + 1, 10 ** 20))
print(pow(2, 64), pow(-2, 63), pow(2 ** 40, 3), pow(-(2 ** 40), 3), pow(3, 100) % (2 ** 64))
print(pow(2 ** 100, 0.5), pow(2 ** 100, -1), pow(-(2 ** 70), -1))

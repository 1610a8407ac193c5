# Floor division and modulo with every sign combination.
for a in (7, -7, 0, 6, -6, 1, -1):
    for b in (3, -3, 1, -1, 7, -7):
        q, r = a // b, a % b
        assert q * b + r == a
        print(a, b, q, r, divmod(a, b))
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (1e10, 3), (-0.0, 1), (0.0, -1)):
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 10, -11 % 10, 11 % -10, 5 % 5, -5 % 5)
print(3 % float('inf'), -3 % float('inf'), 3 // float('inf'), -3 // float('inf'))
print(float('inf') % 3 if False else 'skip', 5.0 % -0.0 if False else 'skip')
print(10 ** 20 // 3, 10 ** 20 % 3, -(10 ** 20) // 3, -(10 ** 20) % 3)
print(True // True, True % 2, 7 // True)

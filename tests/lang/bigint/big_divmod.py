# Floor division and modulo on big and negative big integers.
A = 10 ** 30 + 12345
B = 987654321987
for a in (A, -A):
    for b in (B, -B, 7, -7, 2 ** 64, -(2 ** 64)):
        q, r = divmod(a, b)
        assert q * b + r == a and (r == 0 or (r > 0) == (b > 0))
        print(a // b, a % b)
print(10 ** 20 // 3, 10 ** 20 % 3, -(10 ** 20) // 3, -(10 ** 20) % 3)
print((2 ** 100) // (2 ** 50), (2 ** 100 + 1) % (2 ** 50), (2 ** 100) // (2 ** 101))
print(-(2 ** 100) // (2 ** 101), -1 // (10 ** 30), 1 // -(10 ** 30), -1 % (10 ** 30))
print(10 ** 40 / 10 ** 20, (10 ** 40 + 1) / 10 ** 20, 2 ** 200 / 3)
print(divmod(2 ** 130, 2 ** 64 + 1))
